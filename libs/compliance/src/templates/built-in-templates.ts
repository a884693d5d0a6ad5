import type { ReplyTemplate } from '../compliance.types';

/**
 * The built-in reply templates, written from COMPLIANCE.md section 6 to pass C1–C25 once filled
 * from the settings: no reference to anyone's care, no health words, contacts only as tokens.
 * Several per situation so replies on one page do not all read the same; `variant` marks wordings
 * for a narrower case. `shortBody` fits X's 280 characters with long setting values.
 */
export const BUILT_IN_TEMPLATES: readonly ReplyTemplate[] = [
  // 6.1 Praise
  {
    key: 'praise.kind-words',
    name: 'Praise: kind words passed along',
    situation: 'praise',
    body: 'Thank you so much for taking the time to share this. Kind words like these mean a great deal to our team, and we’ll make sure they’re passed along.',
    shortBody:
      'Thank you so much for sharing this! Kind words like these mean a great deal to our team, and we’ll pass them along.',
  },
  {
    key: 'praise.made-our-day',
    name: 'Praise: made our day',
    situation: 'praise',
    body: 'This made our day, thank you! We’re proud of the people who work here and will share your message with the team.',
  },
  {
    key: 'praise.reminder',
    name: 'Praise: a reminder of why they do it',
    situation: 'praise',
    body: 'Thank you for the kind words about our staff. Messages like this are a wonderful reminder of why they do what they do.',
  },
  {
    key: 'praise.grateful',
    name: 'Praise: grateful you wrote',
    situation: 'praise',
    body: 'We’re so grateful you took the time to write. We’ll share your message with our whole team.',
  },
  {
    key: 'praise.recognizing-team',
    name: 'Praise naming a staff member',
    situation: 'praise',
    variant: 'staff',
    body: 'Thank you for recognizing our team! We’ll pass your kind words along.',
  },
  {
    key: 'praise.recognizing-people',
    name: 'Praise naming a staff member (alternative)',
    situation: 'praise',
    variant: 'staff',
    body: 'Thank you for taking the time to recognize the people who work here. We’ll make sure your message reaches the team.',
  },

  // 6.2 Complaint
  {
    key: 'complaint.learn-more',
    name: 'Complaint: we would like to learn more',
    situation: 'complaint',
    body: 'We’re sorry to hear about the concerns you’ve described. We take feedback like this seriously and would like to learn more. Please contact our Patient Relations team at {PATIENT_RELATIONS_PHONE} or {PATIENT_RELATIONS_EMAIL} so they can follow up directly.',
    shortBody:
      'We’re sorry to hear about the concerns you’ve described and would like to learn more. Please contact our Patient Relations team at {PATIENT_RELATIONS_PHONE} or {PATIENT_RELATIONS_EMAIL}.',
  },
  {
    key: 'complaint.privacy-note',
    name: 'Complaint: privacy note and contact',
    situation: 'complaint',
    body: 'Thank you for letting us know. Privacy laws prevent us from discussing any individual’s care on social media, including whether someone has been treated here, but we want to hear more. Please reach our Patient Relations team at {PATIENT_RELATIONS_PHONE} or {PATIENT_RELATIONS_URL}.',
    shortBody:
      'Thank you for letting us know. Privacy laws keep us from discussing anyone’s care on social media, but we want to hear more. Please reach our Patient Relations team at {PATIENT_RELATIONS_PHONE} or {PATIENT_RELATIONS_URL}.',
  },
  {
    key: 'complaint.understand-phone',
    name: 'Complaint: understand what happened (phone)',
    situation: 'complaint',
    body: 'We’re sorry to hear this and want to understand what happened. Please contact our Patient Relations team at {PATIENT_RELATIONS_PHONE} so they can follow up.',
  },
  {
    key: 'complaint.understand-email',
    name: 'Complaint: understand what happened (e-mail)',
    situation: 'complaint',
    body: 'We’re sorry to hear this and want to understand what happened. Please contact our Patient Relations team at {PATIENT_RELATIONS_EMAIL} so they can follow up.',
  },
  {
    key: 'complaint.web-form',
    name: 'Complaint: Patient Relations web form',
    situation: 'complaint',
    body: 'We take concerns like this seriously and want to hear more. Please share the details with our Patient Relations team at {PATIENT_RELATIONS_URL}; they review every concern.',
  },
  {
    key: 'complaint.wait-times',
    name: 'Complaint about waiting',
    situation: 'complaint',
    variant: 'wait-times',
    body: 'We understand how hard long waits can be. Our emergency department cares for the most urgent cases first, which can mean longer waits for others, and we’re always working to improve. If you’d like to share more, our Patient Relations team is at {PATIENT_RELATIONS_PHONE}.',
    shortBody:
      'We understand how hard long waits can be. The most urgent cases are seen first, which can mean longer waits for others. If you’d like to share more, our Patient Relations team is at {PATIENT_RELATIONS_PHONE}.',
  },
  {
    key: 'complaint.wait-times-email',
    name: 'Complaint about waiting (e-mail)',
    situation: 'complaint',
    variant: 'wait-times',
    body: 'Long waits are hard, and we’re sorry for the frustration. Our teams see the most urgent needs first, which can mean longer waits for others. We’d like to hear more: please contact Patient Relations at {PATIENT_RELATIONS_EMAIL}.',
  },
  {
    key: 'complaint.billing',
    name: 'Complaint about billing',
    situation: 'complaint',
    variant: 'billing',
    body: 'We’re sorry for the frustration. Our billing team can help with any questions about a bill or statement at {BILLING_PHONE}, and Patient Relations is available at {PATIENT_RELATIONS_PHONE} if you’d like to share other concerns.',
  },
  {
    key: 'complaint.billing-email',
    name: 'Complaint about billing (e-mail)',
    situation: 'complaint',
    variant: 'billing',
    body: 'We understand how confusing medical bills can be. Our billing team at {BILLING_PHONE} can walk through any statement, and our Patient Relations team is at {PATIENT_RELATIONS_EMAIL} for anything else.',
  },

  {
    // Without a configured Patient Relations contact no complaint reply can pass C9; this wording
    // is what the drafter falls back to, with the violation shown, until one is configured.
    key: 'complaint.no-contact',
    name: 'Complaint (no Patient Relations contact configured)',
    situation: 'complaint',
    variant: 'no-contact',
    body: 'We’re sorry to hear this and want to understand what happened.',
  },
  {
    key: 'complaint.medical-question',
    name: 'Complaint with a health question',
    situation: 'complaint',
    variant: 'medical',
    body: 'We’re sorry to hear this. We can’t give medical advice on social media, so please check with your own doctor or our nurse line at {NURSE_LINE}, and share your concerns with our Patient Relations team at {PATIENT_RELATIONS_PHONE}.',
  },
  {
    key: 'complaint.medical-question-email',
    name: 'Complaint with a health question (own provider)',
    situation: 'complaint',
    variant: 'medical',
    body: 'We’re sorry to hear this and want to understand what happened: please contact our Patient Relations team at {PATIENT_RELATIONS_EMAIL}. For questions about your health, your own doctor or health care provider is the best person to ask.',
  },

  // 6.3 Request for medical advice
  {
    key: 'medical.nurse-line',
    name: 'Medical advice: own provider or nurse line',
    situation: 'medical_advice_request',
    body: 'Thanks for reaching out. We aren’t able to give medical advice on social media, because safe advice depends on a full picture of someone’s health. Please check with your own doctor or health care provider, or call our nurse advice line at {NURSE_LINE}. If symptoms are severe or getting worse quickly, call {EMERGENCY_NUMBER} or go to the nearest emergency department.',
    shortBody:
      'We can’t give medical advice on social media. Please check with your own doctor or health care provider, or call our nurse line at {NURSE_LINE}. If symptoms are severe or getting worse quickly, call {EMERGENCY_NUMBER}.',
  },
  {
    key: 'medical.next-steps',
    name: 'Medical advice: help deciding next steps',
    situation: 'medical_advice_request',
    body: 'Thanks for asking. We’re not able to advise on individual health questions here, but your own provider or our nurse line at {NURSE_LINE} can help you decide on next steps. If things get severe or change fast, call {EMERGENCY_NUMBER} or go to the nearest emergency department.',
    shortBody:
      'Thanks for asking. We can’t advise on individual health questions here, but your own provider or our nurse line at {NURSE_LINE} can help. If things get severe or change fast, call {EMERGENCY_NUMBER}.',
  },
  {
    key: 'medical.own-provider',
    name: 'Medical advice: own provider (no nurse line)',
    situation: 'medical_advice_request',
    body: 'Thanks for your question. We can’t give medical advice on social media, but your own doctor or health care provider can help with questions about your health. If it feels like an emergency, call {EMERGENCY_NUMBER} or go to the nearest emergency department.',
  },
  {
    key: 'medical.child',
    name: 'Medical advice about a child',
    situation: 'medical_advice_request',
    variant: 'child',
    body: 'We’re sorry your little one isn’t feeling well. We can’t give medical advice here, but your child’s pediatrician or our nurse line at {NURSE_LINE} can help right away. If your child has trouble breathing, is very hard to wake, or you think it’s an emergency, call {EMERGENCY_NUMBER} or go to the nearest emergency department.',
    shortBody:
      'We can’t give medical advice here, but your child’s pediatrician or our nurse line at {NURSE_LINE} can help right away. If your child has trouble breathing, is very hard to wake, or you think it’s an emergency, call {EMERGENCY_NUMBER}.',
  },
  {
    key: 'medical.child-pediatrician',
    name: 'Medical advice about a child (no nurse line)',
    situation: 'medical_advice_request',
    variant: 'child',
    body: 'We can’t give medical advice on social media, but your child’s pediatrician can help. If your child has trouble breathing, is very hard to wake, or you think it’s an emergency, call {EMERGENCY_NUMBER} or go to the nearest emergency department.',
  },
  {
    key: 'medical.medication',
    name: 'Question about medicines',
    situation: 'medical_advice_request',
    variant: 'medication',
    body: 'Questions about medicines and doses are best answered by your own doctor or pharmacist, who can take your full health history into account. Our nurse line at {NURSE_LINE} is also available to help.',
  },
  {
    key: 'medical.medication-pharmacist',
    name: 'Question about medicines (no nurse line)',
    situation: 'medical_advice_request',
    variant: 'medication',
    body: 'Thanks for asking. Questions about medicines and doses are best answered by your own doctor or pharmacist, who know your full health history.',
  },

  // 6.4 Emergency
  {
    key: 'emergency.call-now',
    name: 'Emergency: call now',
    situation: 'emergency',
    body: 'Please call {EMERGENCY_NUMBER} now or go to the nearest emergency department right away. This page isn’t monitored around the clock, so please don’t wait for a reply here.',
  },
  {
    key: 'emergency.happening-now',
    name: 'Emergency: if this is happening now',
    situation: 'emergency',
    body: 'If this is happening right now, call {EMERGENCY_NUMBER} immediately or go to the nearest emergency department. Please don’t wait for a reply here.',
  },
  {
    key: 'emergency.dont-wait',
    name: 'Emergency: do not wait',
    situation: 'emergency',
    body: 'Call {EMERGENCY_NUMBER} right now or go to the nearest emergency department. Please don’t wait for a reply on social media.',
  },
  {
    key: 'emergency.someone-else',
    name: 'Emergency about someone else',
    situation: 'emergency',
    variant: 'someone-else',
    body: 'Please call {EMERGENCY_NUMBER} for them right away or get them to the nearest emergency department. Emergency teams can help immediately.',
  },
  {
    key: 'emergency.someone-else-now',
    name: 'Emergency about someone else (alternative)',
    situation: 'emergency',
    variant: 'someone-else',
    body: 'Please call {EMERGENCY_NUMBER} now so help can reach them quickly, or get them to the nearest emergency department. Please don’t wait for a reply here.',
  },
  {
    key: 'emergency.crisis',
    name: 'Emergency with thoughts of self-harm',
    situation: 'emergency',
    variant: 'self-harm',
    body: 'Please call {EMERGENCY_NUMBER} now if anyone is in immediate danger, or go to the nearest emergency department. You can also call or text {CRISIS_LINE} any time to talk with a trained crisis counselor.',
  },
  {
    key: 'poisoning.poison-help',
    name: 'Poisoning: Poison Help',
    situation: 'poisoning',
    body: 'Please call Poison Help at {POISON_LINE} right now. It’s free and open 24/7. If the person is unconscious, not breathing, or having a seizure, call {EMERGENCY_NUMBER} immediately.',
  },
  {
    key: 'poisoning.poison-help-now',
    name: 'Poisoning: Poison Help (alternative)',
    situation: 'poisoning',
    body: 'Call Poison Help at {POISON_LINE} now for expert advice, any time of day. If the person collapses, has trouble breathing, or has a seizure, call {EMERGENCY_NUMBER} right away.',
  },
  {
    key: 'poisoning.crisis',
    name: 'Poisoning with thoughts of self-harm',
    situation: 'poisoning',
    variant: 'self-harm',
    body: 'Please call {EMERGENCY_NUMBER} now, or call Poison Help at {POISON_LINE} right away. You can also call or text {CRISIS_LINE} any time to talk with a trained counselor.',
  },

  // 6.5 Crisis / self-harm
  {
    key: 'self-harm.glad-you-reached-out',
    name: 'Self-harm: glad you reached out',
    situation: 'self_harm',
    body: 'We’re really glad you reached out, and we care about what happens to you. Please call or text {CRISIS_LINE} to talk with a trained counselor any time, day or night. If you’re in immediate danger, call {EMERGENCY_NUMBER} now.',
  },
  {
    key: 'self-harm.not-alone',
    name: 'Self-harm: you are not alone',
    situation: 'self_harm',
    body: 'You don’t have to go through this alone. Trained counselors are available 24/7, free and confidential: call or text {CRISIS_LINE}. If you might act on these thoughts right now, please call {EMERGENCY_NUMBER}.',
  },
  {
    key: 'self-harm.you-matter',
    name: 'Self-harm: you matter',
    situation: 'self_harm',
    body: 'Thank you for telling us, and please know you matter. You can reach a trained counselor any time by calling or texting {CRISIS_LINE}. If you are in danger right now, please call {EMERGENCY_NUMBER}.',
  },
  {
    key: 'self-harm.someone-else',
    name: 'Worried about someone else',
    situation: 'self_harm',
    variant: 'someone-else',
    body: 'Thank you for looking out for them. You can call or text {CRISIS_LINE} for guidance on how to help, any time. If they’re in immediate danger, call {EMERGENCY_NUMBER} right away.',
  },

  // 6.6 Service question
  {
    key: 'service.visiting',
    name: 'Visiting hours',
    situation: 'service_question',
    variant: 'visiting',
    body: 'Great question! Our current visiting hours and guidelines are on our website at {VISITOR_URL}. You can also call our main line at {MAIN_PHONE}.',
  },
  {
    key: 'service.visiting-short',
    name: 'Visiting hours (link only)',
    situation: 'service_question',
    variant: 'visiting',
    body: 'Thanks for asking! Visiting hours and guidelines are at {VISITOR_URL}.',
  },
  {
    key: 'service.parking',
    name: 'Parking and directions',
    situation: 'service_question',
    variant: 'parking',
    body: 'Thanks for asking! Parking options, rates and directions are at {PARKING_URL}. Our main line at {MAIN_PHONE} can help with anything else.',
  },
  {
    key: 'service.parking-short',
    name: 'Parking and directions (link only)',
    situation: 'service_question',
    variant: 'parking',
    body: 'Good question! You’ll find parking options, rates and directions at {PARKING_URL}.',
  },
  {
    key: 'service.records',
    name: 'Medical records',
    situation: 'service_question',
    variant: 'records',
    body: 'Anyone can request copies of their own medical records through our Health Information Management office at {RECORDS_URL}. They’ll walk you through the steps.',
  },
  {
    key: 'service.billing',
    name: 'Billing question',
    situation: 'service_question',
    variant: 'billing',
    body: 'Our billing team can help with questions about a bill, payment options or insurance at {BILLING_PHONE}.',
  },
  {
    key: 'service.billing-thanks',
    name: 'Billing question (alternative)',
    situation: 'service_question',
    variant: 'billing',
    body: 'Thanks for asking! Our billing team at {BILLING_PHONE} can answer questions about statements, payment plans and insurance.',
  },
  {
    key: 'service.patient-status',
    name: 'Asking whether someone is here',
    situation: 'service_question',
    variant: 'patient-status',
    body: 'We can’t share whether someone is a patient here because of privacy laws. Our main line at {MAIN_PHONE} can explain how to reach a loved one who may be in the hospital.',
  },
  {
    key: 'service.main-line',
    name: 'Service question: main line',
    situation: 'service_question',
    body: 'Thanks for asking! Our main line at {MAIN_PHONE} can help with that and point you in the right direction.',
  },
  {
    key: 'service.main-line-team',
    name: 'Service question: main line (alternative)',
    situation: 'service_question',
    body: 'Good question! Please call our main line at {MAIN_PHONE}, and our team will be glad to help.',
  },

  // 6.7 Misinformation (generic: the fact depends on the topic, so point to a trusted source)
  {
    key: 'misinformation.trusted-source',
    name: 'Misinformation: trusted source',
    situation: 'misinformation',
    body: 'Thanks for raising this. Health claims shared online aren’t always accurate, so we recommend checking trusted sources such as {TRUSTED_SOURCE_URL}. Your own doctor or health care provider is also a great person to ask about what’s right for you.',
  },
  {
    key: 'misinformation.accurate-information',
    name: 'Misinformation: accurate information',
    situation: 'misinformation',
    body: 'We want everyone to have accurate health information. Reliable, up-to-date guidance is available at {TRUSTED_SOURCE_URL}, and your health care provider can answer questions about your own situation.',
  },
  {
    key: 'misinformation.ask-provider',
    name: 'Misinformation: ask your provider (no trusted domain)',
    situation: 'misinformation',
    body: 'We want everyone to have accurate health information. Your own doctor or health care provider is the best person to ask, and our main line at {MAIN_PHONE} can point you to our resources.',
  },

  // Section 7: spam, scams and abuse get no public reply
  {
    key: 'spam-abuse.hide',
    name: 'Spam or abuse: hide (no reply)',
    situation: 'spam_abuse',
    body: '',
  },

  // Neutral comments
  {
    key: 'general.community',
    name: 'General: thanks for being here',
    situation: 'general',
    body: 'Thanks for being part of our community!',
  },
  {
    key: 'general.main-line',
    name: 'General: main line',
    situation: 'general',
    body: 'Thanks for reaching out! If there’s anything we can help with, our main line is at {MAIN_PHONE}.',
  },
  {
    key: 'general.stopping-by',
    name: 'General: thanks for stopping by',
    situation: 'general',
    body: 'Thank you for stopping by our page. If you have a question, our main line at {MAIN_PHONE} is happy to help.',
  },
];
