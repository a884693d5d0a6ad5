import * as fs from 'node:fs';
import * as path from 'node:path';

import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

import { AppModule } from './app.module';
import { type AppConfig } from './config/env.schema';
import { logger, NestPinoLogger, setLogLevel } from './logging/logger';

/** Large enough for a 20,000-comment ingestion batch. */
const BODY_LIMIT_BYTES = 64 * 1024 * 1024;

/** Trusts the nearest `hops` proxies, as Fastify does for a number (its adapter types omit it). */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

/**
 * The Fastify adapter every Bedside HTTP app uses, the test harness included. Behind a reverse
 * proxy, `trustProxy` lets `request.ip` be the client's address rather than the proxy's, which the
 * per-address sign-in limit depends on.
 */
export function createHttpAdapter(
  options: { trustProxy?: AppConfig['trustProxy'] } = {},
): FastifyAdapter {
  return new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy:
      typeof options.trustProxy === 'number'
        ? trustHops(options.trustProxy)
        : (options.trustProxy ?? false),
  });
}

/** Fastify plugins every Bedside HTTP app needs, the test harness's included. */
export async function configureHttpApp(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyCookie);
  // Security headers. The dashboard is served from this origin and talks only to it; Mantine
  // writes its CSS variables into style tags, hence 'unsafe-inline' for styles (never scripts).
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Bedside often runs on plain http on a hospital's internal network.
        upgradeInsecureRequests: null,
      },
    },
  });
}

/** Builds the HTTP application (not yet listening): the API, and the dashboard when built. */
export async function createServer(config: AppConfig): Promise<NestFastifyApplication> {
  setLogLevel(config.logLevel);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    createHttpAdapter({ trustProxy: config.trustProxy }),
    {
      logger: new NestPinoLogger(),
      abortOnError: false,
      // Webhook signatures are computed over the exact bytes received.
      rawBody: true,
    },
  );
  app.enableShutdownHooks();
  await configureHttpApp(app);
  if (config.dashboardDir) {
    await serveDashboard(app, config.dashboardDir);
  }
  return app;
}

/** Starts listening; resolves with the app and the URL it serves. */
export async function startServer(
  config: AppConfig,
): Promise<{ app: NestFastifyApplication; url: string }> {
  const app = await createServer(config);
  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  logger.info({ url, database: config.database.kind }, 'Bedside is running');
  return { app, url };
}

/**
 * Serves the built dashboard from the same origin as the API, so one process on one port is the
 * whole product. Unknown paths get index.html so that client-side routes survive a reload.
 */
async function serveDashboard(app: NestFastifyApplication, dashboardDir: string): Promise<void> {
  const index = path.join(dashboardDir, 'index.html');
  if (!fs.existsSync(index)) {
    logger.warn(
      { dashboardDir },
      'dashboard not built: serving the API only (run `npm run build`)',
    );
    return;
  }
  // Loaded only when a dashboard is served: it pulls in ESM-only packages through require(),
  // which Node 20 supports but the test runner's module system does not.
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, {
    root: dashboardDir,
    wildcard: false,
    setHeaders: (reply, filePath) => {
      // Vite fingerprints everything under assets/, so those can be cached for good.
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      void reply.header(
        'cache-control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (_request, reply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html'),
  );
}
