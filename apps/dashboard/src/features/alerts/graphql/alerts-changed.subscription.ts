import { graphql } from '../../../gql';

/** Alerts raised or acknowledged anywhere: the banner re-reads `openAlerts` on each push. */
export const AlertsChangedSubscription = graphql(`
  subscription AlertsChanged {
    alertsChanged {
      kind
      alertIds
    }
  }
`);
