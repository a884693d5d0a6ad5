import {
  checkTemplate,
  renderTemplate,
  type ReplyTemplate,
  RULES_VERSION,
  type TemplateSituation,
} from '@bedside/compliance';
import { Injectable } from '@nestjs/common';

import { badInput } from '../common/app-error';
import { SettingsService } from '../settings/settings.service';
import { type TemplatePreview } from './dto/reply.types';

interface TemplateText {
  name: string;
  situation: TemplateSituation;
  body: string;
  shortBody?: string | null;
}

/** Runs the checker over a template as the drafter would fill it, for the template editor. */
@Injectable()
export class TemplatePreviewService {
  constructor(private readonly settings: SettingsService) {}

  async preview(input: TemplateText): Promise<TemplatePreview[]> {
    const settings = await this.settings.get();
    const template = toTemplate(input);
    const checked = checkTemplate(template, settings);
    if (checked.error) {
      throw badInput(checked.error);
    }
    const rendered = {
      body: renderTemplate(template, settings, {}, { short: false }),
      shortBody: template.shortBody ? renderTemplate(template, settings, {}, { short: true }) : '',
    };
    return checked.results.map((run) => ({
      sample: run.body === 'shortBody' ? `${run.sample} (on X)` : run.sample,
      reply: rendered[run.body],
      check: {
        compliant: !run.violations.some((violation) => violation.severity === 'block'),
        violations: run.violations,
        rulesVersion: RULES_VERSION,
      },
    }));
  }

  /** Refuses a template that would draft a blocked reply for any of its sample comments. */
  async assertPasses(input: TemplateText): Promise<void> {
    const failing = (await this.preview(input)).filter((run) => !run.check.compliant);
    if (failing.length > 0) {
      const codes = [
        ...new Set(
          failing.flatMap((run) => run.check.violations.map((violation) => violation.code)),
        ),
      ];
      throw badInput(
        `The template does not pass the compliance check for ${failing.length} sample comment(s) (${codes.join(', ')}). Preview it to see where.`,
      );
    }
  }
}

function toTemplate(input: TemplateText): ReplyTemplate {
  return {
    key: 'preview',
    name: input.name,
    situation: input.situation,
    body: input.body,
    ...(input.shortBody ? { shortBody: input.shortBody } : {}),
  };
}
