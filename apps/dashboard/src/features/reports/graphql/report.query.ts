import { graphql } from '../../../gql';

/** The whole report of a range: each section asks for its own fields through its fragment. */
export const ReportPageQuery = graphql(`
  query ReportPage($filter: ReportFilterInput!) {
    report(filter: $filter) {
      range {
        from
        to
        granularity
        previousFrom
        previousTo
      }
      comments {
        current
      }
      intents {
        ...LabelMixChart_count
      }
      urgencies {
        ...LabelMixChart_count
      }
      spikes {
        id
        ...SpikeDetails_spike
      }
      ...ReportKpis_report
      ...VolumeChart_report
      ...SentimentChart_report
      ...ResponseTimes_report
      ...ThemesList_report
      ...TopPostsTable_report
      ...AgentWorkloadTable_report
      ...CorrectionsTable_report
    }
  }
`);
