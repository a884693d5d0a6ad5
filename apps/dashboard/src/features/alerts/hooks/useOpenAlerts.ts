import { useQuery, useSubscription } from '@apollo/client/react';

import { AlertsChangedSubscription } from '../graphql/alerts-changed.subscription';
import { OpenAlertsQuery } from '../graphql/open-alerts.query';

/**
 * A slow safety net: alerts arrive by push within a second; this poll only matters while the
 * live-update socket is down (a network drop), so an alert is never missed for long.
 */
export const ALERT_POLL_INTERVAL_MS = 60_000;

/**
 * The open critical alerts, newest first, kept current by the `alertsChanged` push: a raised or
 * acknowledged alert anywhere re-reads the list at once in every open dashboard.
 */
export function useOpenAlerts() {
  const { data, error, refetch } = useQuery(OpenAlertsQuery, {
    pollInterval: ALERT_POLL_INTERVAL_MS,
  });
  useSubscription(AlertsChangedSubscription, {
    onData: () => void refetch(),
  });
  return { alerts: data?.openAlerts ?? null, error: error ?? null };
}
