import { graphql } from '../../../gql';

/** The settings the in-browser checker needs (contacts are the reply allowlist) and the policy. */
export const ReplySettingsQuery = graphql(`
  query ReplySettings {
    organisationSettings {
      hospitalName
      patientRelationsPhone
      patientRelationsEmail
      patientRelationsUrl
      nurseLine
      mainPhone
      billingPhone
      emergencyNumber
      crisisLine
      poisonLine
      visitorUrl
      parkingUrl
      recordsUrl
      trustedDomains
      signOff
      approvalPolicy
      aiDraftingEnabled
    }
  }
`);
