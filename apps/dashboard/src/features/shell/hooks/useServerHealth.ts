import { useEffect, useState } from 'react';

export type ServerHealth = 'up' | 'down' | 'unknown';

const POLL_MS = 30_000;

/**
 * Polls the server's `/health` (a plain HTTP endpoint for load balancers, not GraphQL): up when
 * the API and its database answer, down otherwise.
 */
export function useServerHealth(): ServerHealth {
  const [health, setHealth] = useState<ServerHealth>('unknown');
  useEffect(() => {
    if (typeof fetch !== 'function') {
      return;
    }
    let isActive = true;
    const check = async () => {
      try {
        const response = await fetch('/health', { headers: { accept: 'application/json' } });
        if (isActive) {
          setHealth(response.ok ? 'up' : 'down');
        }
      } catch {
        if (isActive) {
          setHealth('down');
        }
      }
    };
    void check();
    const timer = setInterval(() => void check(), POLL_MS);
    return () => {
      isActive = false;
      clearInterval(timer);
    };
  }, []);
  return health;
}
