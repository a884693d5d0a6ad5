import { graphql } from '../../../gql';

/** Critical alerts nobody has acknowledged, newest first: what the banner shows. */
export const OpenAlertsQuery = graphql(`
  query OpenAlerts {
    openAlerts(first: 20) {
      id
      ...CriticalAlertRow_alert
    }
  }
`);
