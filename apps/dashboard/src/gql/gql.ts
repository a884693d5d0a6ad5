/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CriticalAlertRow_alert on Alert {\n    id\n    kind\n    raisedAt\n    comment {\n      id\n      channel {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.CriticalAlertRow_AlertFragmentDoc,
    "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) {\n      id\n      acknowledgedAt\n      acknowledgedBy\n    }\n  }\n": typeof types.AcknowledgeAlertDocument,
    "\n  subscription AlertsChanged {\n    alertsChanged {\n      kind\n      alertIds\n    }\n  }\n": typeof types.AlertsChangedDocument,
    "\n  query OpenAlerts {\n    openAlerts(first: 20) {\n      id\n      ...CriticalAlertRow_alert\n    }\n  }\n": typeof types.OpenAlertsDocument,
    "\n  fragment AuditEventRow_event on AuditEvent {\n    id\n    seq\n    at\n    actorKind\n    actorId\n    actorName\n    action\n    targetType\n    targetId\n    details {\n      key\n      value\n    }\n  }\n": typeof types.AuditEventRow_EventFragmentDoc,
    "\n  fragment AuditFilterBar_actor on AuditActor {\n    id\n    kind\n    name\n  }\n": typeof types.AuditFilterBar_ActorFragmentDoc,
    "\n  fragment AuditTable_connection on AuditEventConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AuditEventRow_event\n      }\n    }\n  }\n": typeof types.AuditTable_ConnectionFragmentDoc,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      intact\n      checkedCount\n      brokenAtSeq\n      reason\n      checkedAt\n    }\n  }\n": typeof types.AuditChainStatusDocument,
    "\n  query AuditNextPage($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      ...AuditTable_connection\n    }\n  }\n": typeof types.AuditNextPageDocument,
    "\n  query AuditPage($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditActions\n    auditActors {\n      ...AuditFilterBar_actor\n    }\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      ...AuditTable_connection\n    }\n  }\n": typeof types.AuditPageDocument,
    "\n  fragment AuthorButton_comment on Comment {\n    id\n    authorName\n    authorHandle\n  }\n": typeof types.AuthorButton_CommentFragmentDoc,
    "\n  fragment AuthorCommentItem_comment on Comment {\n    id\n    text\n    status\n    createdAt\n    channel {\n      id\n      kind\n    }\n  }\n": typeof types.AuthorCommentItem_CommentFragmentDoc,
    "\n  fragment AuthorFlagControl_author on AuthorProfile {\n    id\n    flag\n    flagChangedAt\n    flagChangedByName\n  }\n": typeof types.AuthorFlagControl_AuthorFragmentDoc,
    "\n  fragment AuthorNotes_author on AuthorProfile {\n    id\n    notes {\n      id\n      body\n      writtenByName\n      createdAt\n    }\n  }\n": typeof types.AuthorNotes_AuthorFragmentDoc,
    "\n  fragment AuthorSummary_author on AuthorProfile {\n    id\n    displayName\n    handles\n    channels\n    commentCount\n    firstSeenAt\n  }\n": typeof types.AuthorSummary_AuthorFragmentDoc,
    "\n  mutation AddAuthorNote($input: AddAuthorNoteInput!) {\n    addAuthorNote(input: $input) {\n      id\n      ...AuthorNotes_author\n    }\n  }\n": typeof types.AddAuthorNoteDocument,
    "\n  query AuthorPanel($commentId: ID!) {\n    author(commentId: $commentId) {\n      id\n      ...AuthorSummary_author\n      ...AuthorFlagControl_author\n      ...AuthorNotes_author\n      comments(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            ...AuthorCommentItem_comment\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuthorPanelDocument,
    "\n  mutation SetAuthorFlag($input: SetAuthorFlagInput!) {\n    setAuthorFlag(input: $input) {\n      id\n      ...AuthorFlagControl_author\n    }\n  }\n": typeof types.SetAuthorFlagDocument,
    "\n  fragment CaseDetail_case on Case {\n    id\n    ...CaseHeader_case\n    ...CaseStatusActions_case\n    ...CaseDetailsForm_case\n    ...CaseFacts_case\n    ...CaseLinkedComments_case\n    ...CaseTimeline_case\n  }\n": typeof types.CaseDetail_CaseFragmentDoc,
    "\n  fragment CaseDetailsForm_case on Case {\n    id\n    team\n    category\n    priority\n    assigneeId\n  }\n": typeof types.CaseDetailsForm_CaseFragmentDoc,
    "\n  fragment CaseFacts_case on Case {\n    id\n    status\n    createdAt\n    createdByName\n    updatedAt\n    dueAt\n    resolvedAt\n    resolutionNote\n  }\n": typeof types.CaseFacts_CaseFragmentDoc,
    "\n  fragment CaseHeader_case on Case {\n    id\n    reference\n    title\n    status\n    priority\n    category\n    team\n    dueAt\n    resolvedAt\n  }\n": typeof types.CaseHeader_CaseFragmentDoc,
    "\n  fragment CaseLinkedComments_case on Case {\n    id\n    comments {\n      id\n      authorName\n      text\n      createdAt\n      status\n      channel {\n        id\n        kind\n        displayName\n      }\n    }\n  }\n": typeof types.CaseLinkedComments_CaseFragmentDoc,
    "\n  fragment CaseRow_case on Case {\n    id\n    reference\n    title\n    category\n    priority\n    team\n    status\n    assigneeName\n    dueAt\n    resolvedAt\n  }\n": typeof types.CaseRow_CaseFragmentDoc,
    "\n  fragment CaseStatusActions_case on Case {\n    id\n    reference\n    status\n  }\n": typeof types.CaseStatusActions_CaseFragmentDoc,
    "\n  fragment CaseTimeline_case on Case {\n    id\n    events {\n      id\n      at\n      kind\n      actorName\n      from\n      to\n      text\n    }\n  }\n": typeof types.CaseTimeline_CaseFragmentDoc,
    "\n  fragment CommentCases_comment on Comment {\n    id\n    cases {\n      id\n      reference\n      title\n      status\n      dueAt\n      resolvedAt\n    }\n  }\n": typeof types.CommentCases_CommentFragmentDoc,
    "\n  fragment CommentSlaBadge_comment on Comment {\n    id\n    sla {\n      state\n      dueAt\n      stoppedAt\n      firstResponseSeconds\n    }\n  }\n": typeof types.CommentSlaBadge_CommentFragmentDoc,
    "\n  fragment EscalateButton_comment on Comment {\n    id\n    hasPhi\n    intents {\n      label\n    }\n  }\n": typeof types.EscalateButton_CommentFragmentDoc,
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      ...CaseDetail_case\n    }\n  }\n": typeof types.AddCaseNoteDocument,
    "\n  query CaseAssigneeOptions {\n    teamMembers {\n      id\n      displayName\n    }\n  }\n": typeof types.CaseAssigneeOptionsDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      ...CaseDetail_case\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String) {\n    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseRow_case\n        }\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {\n    changeCaseStatus(input: $input) {\n      id\n      ...CaseDetail_case\n    }\n  }\n": typeof types.ChangeCaseStatusDocument,
    "\n  mutation EscalateComment($input: EscalateCommentInput!) {\n    escalateComment(input: $input) {\n      id\n      reference\n      comments {\n        id\n        status\n        statusChangedAt\n        ...CommentCases_comment\n        ...CommentSlaBadge_comment\n      }\n    }\n  }\n": typeof types.EscalateCommentDocument,
    "\n  mutation LinkCommentToCase($input: LinkCommentToCaseInput!) {\n    linkCommentToCase(input: $input) {\n      id\n      reference\n      priority\n      dueAt\n      comments {\n        id\n        status\n        statusChangedAt\n        ...CommentCases_comment\n        ...CommentSlaBadge_comment\n      }\n    }\n  }\n": typeof types.LinkCommentToCaseDocument,
    "\n  query OpenCaseOptions {\n    cases(filter: { status: [OPEN, IN_PROGRESS, REOPENED] }, orderBy: NEWEST, first: 100) {\n      edges {\n        node {\n          id\n          reference\n          title\n        }\n      }\n    }\n  }\n": typeof types.OpenCaseOptionsDocument,
    "\n  query SlaPolicies {\n    slaPolicies {\n      urgency\n      minutes\n      defaultMinutes\n      updatedAt\n      updatedBy\n    }\n  }\n": typeof types.SlaPoliciesDocument,
    "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      ...CaseDetail_case\n    }\n  }\n": typeof types.UpdateCaseDocument,
    "\n  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) {\n    updateSlaPolicy(input: $input) {\n      urgency\n      minutes\n      defaultMinutes\n      updatedAt\n      updatedBy\n    }\n  }\n": typeof types.UpdateSlaPolicyDocument,
    "\n  fragment ChannelCard_channel on Channel {\n    id\n    kind\n    displayName\n    externalAccountId\n    isSample\n    connection {\n      state\n      health\n      healthMessage\n      failingSince\n      consecutiveFailures\n      credentialNames\n      baseUrl\n      pollIntervalSeconds\n      polls\n      webhookPath\n      nextPollAt\n      lastPolledAt\n      lastItemAt\n      lastWebhookAt\n      itemsReceived\n      canPostReplies\n      connectedAt\n    }\n  }\n": typeof types.ChannelCard_ChannelFragmentDoc,
    "\n  mutation ConnectChannel($input: ConnectChannelInput!) {\n    connectChannel(input: $input) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": typeof types.ConnectChannelDocument,
    "\n  mutation UpdateChannelConnection($channelId: ID!, $input: UpdateChannelConnectionInput!) {\n    updateChannelConnection(channelId: $channelId, input: $input) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": typeof types.UpdateChannelConnectionDocument,
    "\n  mutation PauseChannel($channelId: ID!) {\n    pauseChannel(channelId: $channelId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": typeof types.PauseChannelDocument,
    "\n  mutation ResumeChannel($channelId: ID!) {\n    resumeChannel(channelId: $channelId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": typeof types.ResumeChannelDocument,
    "\n  mutation DisconnectChannel($channelId: ID!) {\n    disconnectChannel(channelId: $channelId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": typeof types.DisconnectChannelDocument,
    "\n  mutation TestChannelConnection($channelId: ID!) {\n    testChannelConnection(channelId: $channelId) {\n      ok\n      message\n      itemsSeen\n    }\n  }\n": typeof types.TestChannelConnectionDocument,
    "\n  mutation PollChannelNow($channelId: ID!) {\n    pollChannelNow(channelId: $channelId) {\n      ok\n      message\n      stored\n      updated\n      deleted\n      pages\n    }\n  }\n": typeof types.PollChannelNowDocument,
    "\n  query ChannelsPage {\n    channels {\n      id\n      isSample\n      connection {\n        state\n      }\n      ...ChannelCard_channel\n    }\n  }\n": typeof types.ChannelsPageDocument,
    "\n  fragment AssignmentControl_comment on Comment {\n    id\n    assignee {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.AssignmentControl_CommentFragmentDoc,
    "\n  fragment CommentNotes_comment on Comment {\n    id\n    notes {\n      id\n      ...NoteItem_note\n    }\n  }\n": typeof types.CommentNotes_CommentFragmentDoc,
    "\n  fragment NoteItem_note on CommentNote {\n    id\n    authorId\n    authorName\n    body\n    mentionedUserIds\n    createdAt\n  }\n": typeof types.NoteItem_NoteFragmentDoc,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    commentId\n    noteId\n    actorName\n    createdAt\n    readAt\n  }\n": typeof types.NotificationItem_NotificationFragmentDoc,
    "\n  mutation AddCommentNote($input: AddCommentNoteInput!) {\n    addCommentNote(input: $input) {\n      id\n      ...NoteItem_note\n    }\n  }\n": typeof types.AddCommentNoteDocument,
    "\n  mutation AssignComment($input: AssignCommentInput!) {\n    assignComment(input: $input) {\n      id\n      assigneeId\n      assignee {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.AssignCommentDocument,
    "\n  subscription CollaborationChanges {\n    inboxChanged {\n      kind\n      change\n      byUserId\n      commentIds\n    }\n  }\n": typeof types.CollaborationChangesDocument,
    "\n  query CommentCollaboration($id: ID!) {\n    comment(id: $id) {\n      id\n      ...AssignmentControl_comment\n      ...CommentNotes_comment\n    }\n  }\n": typeof types.CommentCollaborationDocument,
    "\n  query CommentPresence($commentId: ID!) {\n    commentPresence(commentId: $commentId) {\n      ...PresenceEntries_presence\n    }\n  }\n": typeof types.CommentPresenceDocument,
    "\n  fragment PresenceEntries_presence on CommentPresence {\n    commentId\n    entries {\n      userId\n      displayName\n      activity\n      since\n    }\n  }\n": typeof types.PresenceEntries_PresenceFragmentDoc,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      readAt\n      ...NotificationItem_notification\n    }\n  }\n": typeof types.NotificationReceivedDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        id\n        readAt\n        ...NotificationItem_notification\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription PresenceChanged($commentId: ID!) {\n    presenceChanged(commentId: $commentId) {\n      ...PresenceEntries_presence\n    }\n  }\n": typeof types.PresenceChangedDocument,
    "\n  mutation ReportPresence($input: ReportPresenceInput!) {\n    reportPresence(input: $input) {\n      ...PresenceEntries_presence\n    }\n  }\n": typeof types.ReportPresenceDocument,
    "\n  query TeamMembers {\n    teamMembers {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.TeamMembersDocument,
    "\n  fragment DoubleReplyGuard_comment on Comment {\n    id\n    assignee {\n      id\n      displayName\n    }\n  }\n": typeof types.DoubleReplyGuard_CommentFragmentDoc,
    "\n  fragment CommentDetail_comment on Comment {\n    id\n    url\n    status\n    hasPhi\n    deletedAt\n    intents {\n      label\n    }\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n    post {\n      id\n      ...PostContext_post\n    }\n    ancestors {\n      id\n      ...ThreadComment_comment\n    }\n    replies {\n      id\n      ...ThreadComment_comment\n    }\n    ...ThreadComment_comment\n    ...TriageSummary_comment\n    ...StatusActions_comment\n    ...CommentFacts_comment\n    ...AssignmentControl_comment\n    ...CommentNotes_comment\n    ...DoubleReplyGuard_comment\n    ...CommentCases_comment\n    ...CommentSlaBadge_comment\n    ...EscalateButton_comment\n    ...ReplyComposer_comment\n    ...CommentModerationBar_comment\n  }\n": typeof types.CommentDetail_CommentFragmentDoc,
    "\n  fragment CommentFacts_comment on Comment {\n    id\n    createdAt\n    receivedAt\n    editedAt\n    deletedAt\n    statusChangedAt\n    revision\n  }\n": typeof types.CommentFacts_CommentFragmentDoc,
    "\n  fragment PostContext_post on Post {\n    id\n    text\n    url\n    publishedAt\n  }\n": typeof types.PostContext_PostFragmentDoc,
    "\n  fragment StatusActions_comment on Comment {\n    id\n    status\n  }\n": typeof types.StatusActions_CommentFragmentDoc,
    "\n  fragment ThreadComment_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    rating\n    status\n    phi {\n      start\n      end\n      type\n    }\n  }\n": typeof types.ThreadComment_CommentFragmentDoc,
    "\n  fragment TriageSummary_comment on Comment {\n    id\n    urgency\n    sentiment\n    sentimentScore\n    hasPhi\n    phi {\n      type\n    }\n    intents {\n      label\n      confidence\n    }\n    triageReasons {\n      label\n      cues\n    }\n    triageModelVersion\n    triageCorrections {\n      id\n      field\n      previous\n      corrected\n      correctedBy\n      correctedAt\n      modelVersion\n    }\n  }\n": typeof types.TriageSummary_CommentFragmentDoc,
    "\n  query CommentDetail($id: ID!) {\n    comment(id: $id) {\n      id\n      ...CommentDetail_comment\n    }\n  }\n": typeof types.CommentDetailDocument,
    "\n  mutation CorrectTriage($input: CorrectTriageInput!) {\n    correctTriage(input: $input) {\n      id\n      urgency\n      sentiment\n      intents {\n        label\n        confidence\n      }\n      ...TriageSummary_comment\n    }\n  }\n": typeof types.CorrectTriageDocument,
    "\n  mutation UpdateCommentStatus($input: UpdateCommentStatusInput!) {\n    updateCommentStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n    }\n  }\n": typeof types.UpdateCommentStatusDocument,
    "\n  fragment CommentRow_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    status\n    hasPhi\n    rating\n    replyCount\n    sentiment\n    urgency\n    intents {\n      label\n      confidence\n    }\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n": typeof types.CommentRow_CommentFragmentDoc,
    "\n  fragment InboxList_connection on CommentConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        status\n        ...CommentRow_comment\n      }\n    }\n  }\n": typeof types.InboxList_ConnectionFragmentDoc,
    "\n  fragment InboxTabs_counts on InboxCounts {\n    new\n    inProgress\n    replied\n    escalated\n    closed\n    hidden\n    total\n  }\n": typeof types.InboxTabs_CountsFragmentDoc,
    "\n  subscription InboxChanged {\n    inboxChanged {\n      kind\n      change\n      count\n      byUserId\n      comments {\n        id\n        status\n        # A PLATFORM change (deleted by its author) must reach an open detail pane too.\n        deletedAt\n        ...CommentRow_comment\n      }\n    }\n  }\n": typeof types.InboxChangedDocument,
    "\n  query InboxCounts($countsFilter: CommentFilter) {\n    inboxCounts(filter: $countsFilter) {\n      ...InboxTabs_counts\n    }\n  }\n": typeof types.InboxCountsDocument,
    "\n  query InboxNextPage($filter: CommentFilter, $orderBy: CommentOrder, $first: Int, $after: String) {\n    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...InboxList_connection\n    }\n  }\n": typeof types.InboxNextPageDocument,
    "\n  query Inbox(\n    $filter: CommentFilter\n    $countsFilter: CommentFilter\n    $orderBy: CommentOrder\n    $first: Int\n    $after: String\n  ) {\n    sampleDataLoaded\n    everything: inboxCounts {\n      total\n    }\n    inboxCounts(filter: $countsFilter) {\n      ...InboxTabs_counts\n    }\n    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...InboxList_connection\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation LoadSampleData {\n    loadSampleData {\n      accepted\n      duplicates\n    }\n  }\n": typeof types.LoadSampleDataDocument,
    "\n  mutation RemoveSampleData {\n    removeSampleData\n  }\n": typeof types.RemoveSampleDataDocument,
    "\n  fragment AutoModerationBanner_comment on Comment {\n    id\n    status\n    moderationActions {\n      id\n      kind\n      automatic\n      state\n      canUndo\n      ruleName\n      explanation\n      team\n      platformNote\n    }\n  }\n": typeof types.AutoModerationBanner_CommentFragmentDoc,
    "\n  fragment CommentModerationBar_comment on Comment {\n    id\n    ...AutoModerationBanner_comment\n    ...AuthorButton_comment\n  }\n": typeof types.CommentModerationBar_CommentFragmentDoc,
    "\n  fragment ModerationActionItem_action on ModerationAction {\n    id\n    kind\n    automatic\n    ruleName\n    explanation\n    team\n    state\n    canUndo\n    appliedAt\n    decidedByName\n    platformNote\n    comment {\n      id\n      authorName\n      channel {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.ModerationActionItem_ActionFragmentDoc,
    "\n  fragment ModerationRuleModal_rule on ModerationRule {\n    id\n    name\n    enabled\n    condition\n    intents\n    minConfidence\n    action\n    team\n    reasonCode\n  }\n": typeof types.ModerationRuleModal_RuleFragmentDoc,
    "\n  fragment ModerationRuleRow_rule on ModerationRule {\n    id\n    name\n    enabled\n    summary\n    reasonCode\n    updatedAt\n    updatedByName\n  }\n": typeof types.ModerationRuleRow_RuleFragmentDoc,
    "\n  fragment ModerationWordListsForm_lists on ModerationWordLists {\n    banned\n    suspect\n    trustedDomains\n    updatedAt\n    updatedByName\n  }\n": typeof types.ModerationWordListsForm_ListsFragmentDoc,
    "\n  mutation CreateModerationRule($input: CreateModerationRuleInput!) {\n    createModerationRule(input: $input) {\n      id\n      ...ModerationRuleRow_rule\n      ...ModerationRuleModal_rule\n    }\n  }\n": typeof types.CreateModerationRuleDocument,
    "\n  mutation DeleteModerationRule($input: DeleteModerationRuleInput!) {\n    deleteModerationRule(input: $input)\n  }\n": typeof types.DeleteModerationRuleDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      id\n      reasonCode\n      platformNote\n      comment {\n        id\n        status\n        statusChangedAt\n      }\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  query ModerationPage {\n    moderationRules {\n      id\n      ...ModerationRuleRow_rule\n      ...ModerationRuleModal_rule\n    }\n    moderationWordLists {\n      ...ModerationWordListsForm_lists\n    }\n    moderationActions(automatic: true, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ModerationActionItem_action\n        }\n      }\n    }\n  }\n": typeof types.ModerationPageDocument,
    "\n  mutation UndoModerationAction($input: ModerationActionInput!) {\n    undoModerationAction(input: $input) {\n      id\n      state\n      canUndo\n      decidedByName\n      decidedAt\n      caseId\n      platform\n      platformNote\n      comment {\n        id\n        status\n      }\n    }\n  }\n": typeof types.UndoModerationActionDocument,
    "\n  mutation UpdateModerationRule($input: UpdateModerationRuleInput!) {\n    updateModerationRule(input: $input) {\n      id\n      ...ModerationRuleRow_rule\n      ...ModerationRuleModal_rule\n    }\n  }\n": typeof types.UpdateModerationRuleDocument,
    "\n  mutation UpdateModerationWordLists($input: UpdateModerationWordListsInput!) {\n    updateModerationWordLists(input: $input) {\n      ...ModerationWordListsForm_lists\n    }\n  }\n": typeof types.UpdateModerationWordListsDocument,
    "\n  fragment ReplyComposer_comment on Comment {\n    id\n    text\n    authorName\n    status\n    deletedAt\n    channel {\n      id\n      kind\n      connection {\n        state\n        canPostReplies\n      }\n    }\n    intents {\n      label\n    }\n    phi {\n      type\n      start\n      end\n    }\n    teamReplies {\n      ...ReplyFields\n    }\n  }\n": typeof types.ReplyComposer_CommentFragmentDoc,
    "\n  query ReplySettings {\n    organisationSettings {\n      hospitalName\n      patientRelationsPhone\n      patientRelationsEmail\n      patientRelationsUrl\n      nurseLine\n      mainPhone\n      billingPhone\n      emergencyNumber\n      crisisLine\n      poisonLine\n      visitorUrl\n      parkingUrl\n      recordsUrl\n      trustedDomains\n      signOff\n      approvalPolicy\n      aiDraftingEnabled\n    }\n  }\n": typeof types.ReplySettingsDocument,
    "\n  query ReplyApprovals {\n    replyApprovals(first: 100) {\n      id\n      ...ReplyFields\n      comment {\n        id\n        text\n        authorName\n        createdAt\n        urgency\n        hasPhi\n        channel {\n          id\n          kind\n          displayName\n        }\n        intents {\n          label\n        }\n        phi {\n          type\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.ReplyApprovalsDocument,
    "\n  fragment ReplyFields on Reply {\n    id\n    commentId\n    body\n    status\n    source\n    templateKey\n    authorId\n    authorName\n    submittedAt\n    reviewerName\n    reviewedAt\n    reviewNote\n    warningsAcknowledged\n    sentAt\n    delivery\n    posting {\n      id\n      state\n      error\n      attempts\n      permalink\n      postedAt\n      nextAttemptAt\n    }\n    revision\n    updatedAt\n    violations {\n      code\n      severity\n      message\n      start\n      end\n    }\n  }\n": typeof types.ReplyFieldsFragmentDoc,
    "\n  mutation SaveReply($input: SaveReplyInput!) {\n    saveReply(input: $input) {\n      id\n      ...ReplyFields\n    }\n  }\n": typeof types.SaveReplyDocument,
    "\n  mutation SubmitReply($replyId: ID!) {\n    submitReply(replyId: $replyId) {\n      id\n      ...ReplyFields\n    }\n  }\n": typeof types.SubmitReplyDocument,
    "\n  mutation SendReply($replyId: ID!, $manual: Boolean) {\n    sendReply(replyId: $replyId, manual: $manual) {\n      id\n      ...ReplyFields\n      comment {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SendReplyDocument,
    "\n  mutation RetryReplyDelivery($replyId: ID!) {\n    retryReplyDelivery(replyId: $replyId) {\n      id\n      ...ReplyFields\n    }\n  }\n": typeof types.RetryReplyDeliveryDocument,
    "\n  mutation DiscardReply($replyId: ID!) {\n    discardReply(replyId: $replyId)\n  }\n": typeof types.DiscardReplyDocument,
    "\n  mutation ApproveReply($input: ApproveReplyInput!) {\n    approveReply(input: $input) {\n      id\n      ...ReplyFields\n    }\n  }\n": typeof types.ApproveReplyDocument,
    "\n  mutation RejectReply($input: RejectReplyInput!) {\n    rejectReply(input: $input) {\n      id\n      ...ReplyFields\n    }\n  }\n": typeof types.RejectReplyDocument,
    "\n  query ReplyPosting($commentId: ID!) {\n    comment(id: $commentId) {\n      id\n      status\n      teamReplies {\n        id\n        ...ReplyFields\n      }\n    }\n  }\n": typeof types.ReplyPostingDocument,
    "\n  query SuggestReply($commentId: ID!, $ai: Boolean) {\n    suggestReply(commentId: $commentId, ai: $ai) {\n      reply\n      template\n      situation\n      action\n      source\n      fallbackReason\n    }\n  }\n": typeof types.SuggestReplyDocument,
    "\n  fragment AgentWorkloadTable_report on Report {\n    agents {\n      userId\n      name\n      repliesSent\n      labelCorrections\n    }\n  }\n": typeof types.AgentWorkloadTable_ReportFragmentDoc,
    "\n  fragment CorrectionsTable_report on Report {\n    corrections {\n      field\n      label\n      count\n    }\n  }\n": typeof types.CorrectionsTable_ReportFragmentDoc,
    "\n  fragment LabelMixChart_count on ReportLabelCount {\n    label\n    count\n    previous\n  }\n": typeof types.LabelMixChart_CountFragmentDoc,
    "\n  fragment ReportKpis_report on Report {\n    comments {\n      current\n      previous\n      changePercent\n    }\n    negative {\n      current\n      previous\n      changePercent\n    }\n    repliesSent {\n      current\n      previous\n      changePercent\n    }\n    escalationsOpened {\n      current\n      previous\n      changePercent\n    }\n    escalationsResolved {\n      current\n      previous\n      changePercent\n    }\n    medianTimeToResolveSeconds\n  }\n": typeof types.ReportKpis_ReportFragmentDoc,
    "\n  fragment ResponseTimes_report on Report {\n    responseTimes {\n      urgency\n      p50Seconds\n      p90Seconds\n      responded\n      slaMinutes\n      slaCompliance\n    }\n  }\n": typeof types.ResponseTimes_ReportFragmentDoc,
    "\n  fragment SentimentChart_report on Report {\n    sentiment {\n      bucket\n      negative\n      neutral\n      positive\n    }\n    sentimentShare {\n      label\n      count\n      previous\n    }\n  }\n": typeof types.SentimentChart_ReportFragmentDoc,
    "\n  fragment ThemesList_report on Report {\n    themes {\n      term\n      count\n      previousCount\n      change\n      examples {\n        commentId\n        excerpt\n      }\n    }\n  }\n": typeof types.ThemesList_ReportFragmentDoc,
    "\n  fragment TopPostsTable_report on Report {\n    topPosts {\n      postId\n      channelId\n      url\n      excerpt\n      comments\n      negative\n    }\n  }\n": typeof types.TopPostsTable_ReportFragmentDoc,
    "\n  fragment VolumeChart_report on Report {\n    volume {\n      bucket\n      channelId\n      count\n    }\n  }\n": typeof types.VolumeChart_ReportFragmentDoc,
    "\n  mutation AcknowledgeSpike($id: ID!) {\n    acknowledgeSpike(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeSpikeDocument,
    "\n  query ActiveSpikes {\n    activeSpikes {\n      id\n      acknowledgedAt\n      ...SpikeDetails_spike\n    }\n  }\n": typeof types.ActiveSpikesDocument,
    "\n  query ReportChannels {\n    channels {\n      id\n      kind\n      displayName\n    }\n  }\n": typeof types.ReportChannelsDocument,
    "\n  query ReportPage($filter: ReportFilterInput!) {\n    report(filter: $filter) {\n      range {\n        from\n        to\n        granularity\n        previousFrom\n        previousTo\n      }\n      comments {\n        current\n      }\n      intents {\n        ...LabelMixChart_count\n      }\n      urgencies {\n        ...LabelMixChart_count\n      }\n      spikes {\n        id\n        ...SpikeDetails_spike\n      }\n      ...ReportKpis_report\n      ...VolumeChart_report\n      ...SentimentChart_report\n      ...ResponseTimes_report\n      ...ThemesList_report\n      ...TopPostsTable_report\n      ...AgentWorkloadTable_report\n      ...CorrectionsTable_report\n    }\n  }\n": typeof types.ReportPageDocument,
    "\n  fragment SpikeDetails_spike on ReportSpike {\n    id\n    kind\n    channelId\n    count\n    expected\n    ratio\n    reason\n    raisedAt\n    windowStart\n    windowEnd\n    acknowledgedAt\n  }\n": typeof types.SpikeDetails_SpikeFragmentDoc,
    "\n  query SpikeSettings {\n    spikeSettings {\n      multiplier\n      minCount\n      minIncrease\n    }\n  }\n": typeof types.SpikeSettingsDocument,
    "\n  mutation UpdateSpikeSettings($input: SpikeSettingsInput!) {\n    updateSpikeSettings(input: $input) {\n      multiplier\n      minCount\n      minIncrease\n    }\n  }\n": typeof types.UpdateSpikeSettingsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query AiDraftingSettings {\n    aiDraftingSettings {\n      enabled\n      baseUrl\n      model\n      hasApiKey\n      timeoutMs\n    }\n  }\n": typeof types.AiDraftingSettingsDocument,
    "\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      hospitalName\n    }\n  }\n": typeof types.UpdateOrganisationSettingsDocument,
    "\n  mutation UpdateAiDrafting($input: UpdateAiDraftingInput!) {\n    updateAiDrafting(input: $input) {\n      enabled\n      baseUrl\n      model\n      hasApiKey\n      timeoutMs\n    }\n  }\n": typeof types.UpdateAiDraftingDocument,
    "\n  fragment ApiTokenRow_token on ApiToken {\n    id\n    name\n    role\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenRow_TokenFragmentDoc,
    "\n  fragment MemberRow_user on User {\n    id\n    email\n    displayName\n    role\n    active\n    deactivatedAt\n    lastSignInAt\n    lockedUntil\n    createdAt\n  }\n": typeof types.MemberRow_UserFragmentDoc,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        ...ApiTokenRow_token\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...MemberRow_user\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n      ...MemberRow_user\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      ...ApiTokenRow_token\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query TeamPage {\n    users {\n      id\n      ...MemberRow_user\n    }\n    apiTokens {\n      id\n      ...ApiTokenRow_token\n    }\n  }\n": typeof types.TeamPageDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...MemberRow_user\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  fragment ReplyTemplateFields on ReplyTemplate {\n    key\n    name\n    situation\n    body\n    shortBody\n    builtIn\n    customised\n    enabled\n    updatedAt\n  }\n": typeof types.ReplyTemplateFieldsFragmentDoc,
    "\n  query ReplyTemplates {\n    replyTemplates {\n      ...ReplyTemplateFields\n    }\n  }\n": typeof types.ReplyTemplatesDocument,
    "\n  query PreviewReplyTemplate($input: ReplyTemplateInput!) {\n    previewReplyTemplate(input: $input) {\n      sample\n      reply\n      check {\n        compliant\n        violations {\n          code\n          severity\n          message\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.PreviewReplyTemplateDocument,
    "\n  mutation CreateReplyTemplate($input: ReplyTemplateInput!) {\n    createReplyTemplate(input: $input) {\n      ...ReplyTemplateFields\n    }\n  }\n": typeof types.CreateReplyTemplateDocument,
    "\n  mutation UpdateReplyTemplate($input: UpdateReplyTemplateInput!) {\n    updateReplyTemplate(input: $input) {\n      ...ReplyTemplateFields\n    }\n  }\n": typeof types.UpdateReplyTemplateDocument,
    "\n  mutation ResetReplyTemplate($key: String!) {\n    resetReplyTemplate(key: $key)\n  }\n": typeof types.ResetReplyTemplateDocument,
};
const documents: Documents = {
    "\n  fragment CriticalAlertRow_alert on Alert {\n    id\n    kind\n    raisedAt\n    comment {\n      id\n      channel {\n        id\n        kind\n      }\n    }\n  }\n": types.CriticalAlertRow_AlertFragmentDoc,
    "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) {\n      id\n      acknowledgedAt\n      acknowledgedBy\n    }\n  }\n": types.AcknowledgeAlertDocument,
    "\n  subscription AlertsChanged {\n    alertsChanged {\n      kind\n      alertIds\n    }\n  }\n": types.AlertsChangedDocument,
    "\n  query OpenAlerts {\n    openAlerts(first: 20) {\n      id\n      ...CriticalAlertRow_alert\n    }\n  }\n": types.OpenAlertsDocument,
    "\n  fragment AuditEventRow_event on AuditEvent {\n    id\n    seq\n    at\n    actorKind\n    actorId\n    actorName\n    action\n    targetType\n    targetId\n    details {\n      key\n      value\n    }\n  }\n": types.AuditEventRow_EventFragmentDoc,
    "\n  fragment AuditFilterBar_actor on AuditActor {\n    id\n    kind\n    name\n  }\n": types.AuditFilterBar_ActorFragmentDoc,
    "\n  fragment AuditTable_connection on AuditEventConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AuditEventRow_event\n      }\n    }\n  }\n": types.AuditTable_ConnectionFragmentDoc,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      intact\n      checkedCount\n      brokenAtSeq\n      reason\n      checkedAt\n    }\n  }\n": types.AuditChainStatusDocument,
    "\n  query AuditNextPage($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      ...AuditTable_connection\n    }\n  }\n": types.AuditNextPageDocument,
    "\n  query AuditPage($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditActions\n    auditActors {\n      ...AuditFilterBar_actor\n    }\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      ...AuditTable_connection\n    }\n  }\n": types.AuditPageDocument,
    "\n  fragment AuthorButton_comment on Comment {\n    id\n    authorName\n    authorHandle\n  }\n": types.AuthorButton_CommentFragmentDoc,
    "\n  fragment AuthorCommentItem_comment on Comment {\n    id\n    text\n    status\n    createdAt\n    channel {\n      id\n      kind\n    }\n  }\n": types.AuthorCommentItem_CommentFragmentDoc,
    "\n  fragment AuthorFlagControl_author on AuthorProfile {\n    id\n    flag\n    flagChangedAt\n    flagChangedByName\n  }\n": types.AuthorFlagControl_AuthorFragmentDoc,
    "\n  fragment AuthorNotes_author on AuthorProfile {\n    id\n    notes {\n      id\n      body\n      writtenByName\n      createdAt\n    }\n  }\n": types.AuthorNotes_AuthorFragmentDoc,
    "\n  fragment AuthorSummary_author on AuthorProfile {\n    id\n    displayName\n    handles\n    channels\n    commentCount\n    firstSeenAt\n  }\n": types.AuthorSummary_AuthorFragmentDoc,
    "\n  mutation AddAuthorNote($input: AddAuthorNoteInput!) {\n    addAuthorNote(input: $input) {\n      id\n      ...AuthorNotes_author\n    }\n  }\n": types.AddAuthorNoteDocument,
    "\n  query AuthorPanel($commentId: ID!) {\n    author(commentId: $commentId) {\n      id\n      ...AuthorSummary_author\n      ...AuthorFlagControl_author\n      ...AuthorNotes_author\n      comments(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            ...AuthorCommentItem_comment\n          }\n        }\n      }\n    }\n  }\n": types.AuthorPanelDocument,
    "\n  mutation SetAuthorFlag($input: SetAuthorFlagInput!) {\n    setAuthorFlag(input: $input) {\n      id\n      ...AuthorFlagControl_author\n    }\n  }\n": types.SetAuthorFlagDocument,
    "\n  fragment CaseDetail_case on Case {\n    id\n    ...CaseHeader_case\n    ...CaseStatusActions_case\n    ...CaseDetailsForm_case\n    ...CaseFacts_case\n    ...CaseLinkedComments_case\n    ...CaseTimeline_case\n  }\n": types.CaseDetail_CaseFragmentDoc,
    "\n  fragment CaseDetailsForm_case on Case {\n    id\n    team\n    category\n    priority\n    assigneeId\n  }\n": types.CaseDetailsForm_CaseFragmentDoc,
    "\n  fragment CaseFacts_case on Case {\n    id\n    status\n    createdAt\n    createdByName\n    updatedAt\n    dueAt\n    resolvedAt\n    resolutionNote\n  }\n": types.CaseFacts_CaseFragmentDoc,
    "\n  fragment CaseHeader_case on Case {\n    id\n    reference\n    title\n    status\n    priority\n    category\n    team\n    dueAt\n    resolvedAt\n  }\n": types.CaseHeader_CaseFragmentDoc,
    "\n  fragment CaseLinkedComments_case on Case {\n    id\n    comments {\n      id\n      authorName\n      text\n      createdAt\n      status\n      channel {\n        id\n        kind\n        displayName\n      }\n    }\n  }\n": types.CaseLinkedComments_CaseFragmentDoc,
    "\n  fragment CaseRow_case on Case {\n    id\n    reference\n    title\n    category\n    priority\n    team\n    status\n    assigneeName\n    dueAt\n    resolvedAt\n  }\n": types.CaseRow_CaseFragmentDoc,
    "\n  fragment CaseStatusActions_case on Case {\n    id\n    reference\n    status\n  }\n": types.CaseStatusActions_CaseFragmentDoc,
    "\n  fragment CaseTimeline_case on Case {\n    id\n    events {\n      id\n      at\n      kind\n      actorName\n      from\n      to\n      text\n    }\n  }\n": types.CaseTimeline_CaseFragmentDoc,
    "\n  fragment CommentCases_comment on Comment {\n    id\n    cases {\n      id\n      reference\n      title\n      status\n      dueAt\n      resolvedAt\n    }\n  }\n": types.CommentCases_CommentFragmentDoc,
    "\n  fragment CommentSlaBadge_comment on Comment {\n    id\n    sla {\n      state\n      dueAt\n      stoppedAt\n      firstResponseSeconds\n    }\n  }\n": types.CommentSlaBadge_CommentFragmentDoc,
    "\n  fragment EscalateButton_comment on Comment {\n    id\n    hasPhi\n    intents {\n      label\n    }\n  }\n": types.EscalateButton_CommentFragmentDoc,
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      ...CaseDetail_case\n    }\n  }\n": types.AddCaseNoteDocument,
    "\n  query CaseAssigneeOptions {\n    teamMembers {\n      id\n      displayName\n    }\n  }\n": types.CaseAssigneeOptionsDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      ...CaseDetail_case\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String) {\n    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseRow_case\n        }\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {\n    changeCaseStatus(input: $input) {\n      id\n      ...CaseDetail_case\n    }\n  }\n": types.ChangeCaseStatusDocument,
    "\n  mutation EscalateComment($input: EscalateCommentInput!) {\n    escalateComment(input: $input) {\n      id\n      reference\n      comments {\n        id\n        status\n        statusChangedAt\n        ...CommentCases_comment\n        ...CommentSlaBadge_comment\n      }\n    }\n  }\n": types.EscalateCommentDocument,
    "\n  mutation LinkCommentToCase($input: LinkCommentToCaseInput!) {\n    linkCommentToCase(input: $input) {\n      id\n      reference\n      priority\n      dueAt\n      comments {\n        id\n        status\n        statusChangedAt\n        ...CommentCases_comment\n        ...CommentSlaBadge_comment\n      }\n    }\n  }\n": types.LinkCommentToCaseDocument,
    "\n  query OpenCaseOptions {\n    cases(filter: { status: [OPEN, IN_PROGRESS, REOPENED] }, orderBy: NEWEST, first: 100) {\n      edges {\n        node {\n          id\n          reference\n          title\n        }\n      }\n    }\n  }\n": types.OpenCaseOptionsDocument,
    "\n  query SlaPolicies {\n    slaPolicies {\n      urgency\n      minutes\n      defaultMinutes\n      updatedAt\n      updatedBy\n    }\n  }\n": types.SlaPoliciesDocument,
    "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      ...CaseDetail_case\n    }\n  }\n": types.UpdateCaseDocument,
    "\n  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) {\n    updateSlaPolicy(input: $input) {\n      urgency\n      minutes\n      defaultMinutes\n      updatedAt\n      updatedBy\n    }\n  }\n": types.UpdateSlaPolicyDocument,
    "\n  fragment ChannelCard_channel on Channel {\n    id\n    kind\n    displayName\n    externalAccountId\n    isSample\n    connection {\n      state\n      health\n      healthMessage\n      failingSince\n      consecutiveFailures\n      credentialNames\n      baseUrl\n      pollIntervalSeconds\n      polls\n      webhookPath\n      nextPollAt\n      lastPolledAt\n      lastItemAt\n      lastWebhookAt\n      itemsReceived\n      canPostReplies\n      connectedAt\n    }\n  }\n": types.ChannelCard_ChannelFragmentDoc,
    "\n  mutation ConnectChannel($input: ConnectChannelInput!) {\n    connectChannel(input: $input) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": types.ConnectChannelDocument,
    "\n  mutation UpdateChannelConnection($channelId: ID!, $input: UpdateChannelConnectionInput!) {\n    updateChannelConnection(channelId: $channelId, input: $input) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": types.UpdateChannelConnectionDocument,
    "\n  mutation PauseChannel($channelId: ID!) {\n    pauseChannel(channelId: $channelId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": types.PauseChannelDocument,
    "\n  mutation ResumeChannel($channelId: ID!) {\n    resumeChannel(channelId: $channelId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": types.ResumeChannelDocument,
    "\n  mutation DisconnectChannel($channelId: ID!) {\n    disconnectChannel(channelId: $channelId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n": types.DisconnectChannelDocument,
    "\n  mutation TestChannelConnection($channelId: ID!) {\n    testChannelConnection(channelId: $channelId) {\n      ok\n      message\n      itemsSeen\n    }\n  }\n": types.TestChannelConnectionDocument,
    "\n  mutation PollChannelNow($channelId: ID!) {\n    pollChannelNow(channelId: $channelId) {\n      ok\n      message\n      stored\n      updated\n      deleted\n      pages\n    }\n  }\n": types.PollChannelNowDocument,
    "\n  query ChannelsPage {\n    channels {\n      id\n      isSample\n      connection {\n        state\n      }\n      ...ChannelCard_channel\n    }\n  }\n": types.ChannelsPageDocument,
    "\n  fragment AssignmentControl_comment on Comment {\n    id\n    assignee {\n      id\n      displayName\n      role\n    }\n  }\n": types.AssignmentControl_CommentFragmentDoc,
    "\n  fragment CommentNotes_comment on Comment {\n    id\n    notes {\n      id\n      ...NoteItem_note\n    }\n  }\n": types.CommentNotes_CommentFragmentDoc,
    "\n  fragment NoteItem_note on CommentNote {\n    id\n    authorId\n    authorName\n    body\n    mentionedUserIds\n    createdAt\n  }\n": types.NoteItem_NoteFragmentDoc,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    commentId\n    noteId\n    actorName\n    createdAt\n    readAt\n  }\n": types.NotificationItem_NotificationFragmentDoc,
    "\n  mutation AddCommentNote($input: AddCommentNoteInput!) {\n    addCommentNote(input: $input) {\n      id\n      ...NoteItem_note\n    }\n  }\n": types.AddCommentNoteDocument,
    "\n  mutation AssignComment($input: AssignCommentInput!) {\n    assignComment(input: $input) {\n      id\n      assigneeId\n      assignee {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": types.AssignCommentDocument,
    "\n  subscription CollaborationChanges {\n    inboxChanged {\n      kind\n      change\n      byUserId\n      commentIds\n    }\n  }\n": types.CollaborationChangesDocument,
    "\n  query CommentCollaboration($id: ID!) {\n    comment(id: $id) {\n      id\n      ...AssignmentControl_comment\n      ...CommentNotes_comment\n    }\n  }\n": types.CommentCollaborationDocument,
    "\n  query CommentPresence($commentId: ID!) {\n    commentPresence(commentId: $commentId) {\n      ...PresenceEntries_presence\n    }\n  }\n": types.CommentPresenceDocument,
    "\n  fragment PresenceEntries_presence on CommentPresence {\n    commentId\n    entries {\n      userId\n      displayName\n      activity\n      since\n    }\n  }\n": types.PresenceEntries_PresenceFragmentDoc,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      readAt\n      ...NotificationItem_notification\n    }\n  }\n": types.NotificationReceivedDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        id\n        readAt\n        ...NotificationItem_notification\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  subscription PresenceChanged($commentId: ID!) {\n    presenceChanged(commentId: $commentId) {\n      ...PresenceEntries_presence\n    }\n  }\n": types.PresenceChangedDocument,
    "\n  mutation ReportPresence($input: ReportPresenceInput!) {\n    reportPresence(input: $input) {\n      ...PresenceEntries_presence\n    }\n  }\n": types.ReportPresenceDocument,
    "\n  query TeamMembers {\n    teamMembers {\n      id\n      displayName\n      role\n    }\n  }\n": types.TeamMembersDocument,
    "\n  fragment DoubleReplyGuard_comment on Comment {\n    id\n    assignee {\n      id\n      displayName\n    }\n  }\n": types.DoubleReplyGuard_CommentFragmentDoc,
    "\n  fragment CommentDetail_comment on Comment {\n    id\n    url\n    status\n    hasPhi\n    deletedAt\n    intents {\n      label\n    }\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n    post {\n      id\n      ...PostContext_post\n    }\n    ancestors {\n      id\n      ...ThreadComment_comment\n    }\n    replies {\n      id\n      ...ThreadComment_comment\n    }\n    ...ThreadComment_comment\n    ...TriageSummary_comment\n    ...StatusActions_comment\n    ...CommentFacts_comment\n    ...AssignmentControl_comment\n    ...CommentNotes_comment\n    ...DoubleReplyGuard_comment\n    ...CommentCases_comment\n    ...CommentSlaBadge_comment\n    ...EscalateButton_comment\n    ...ReplyComposer_comment\n    ...CommentModerationBar_comment\n  }\n": types.CommentDetail_CommentFragmentDoc,
    "\n  fragment CommentFacts_comment on Comment {\n    id\n    createdAt\n    receivedAt\n    editedAt\n    deletedAt\n    statusChangedAt\n    revision\n  }\n": types.CommentFacts_CommentFragmentDoc,
    "\n  fragment PostContext_post on Post {\n    id\n    text\n    url\n    publishedAt\n  }\n": types.PostContext_PostFragmentDoc,
    "\n  fragment StatusActions_comment on Comment {\n    id\n    status\n  }\n": types.StatusActions_CommentFragmentDoc,
    "\n  fragment ThreadComment_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    rating\n    status\n    phi {\n      start\n      end\n      type\n    }\n  }\n": types.ThreadComment_CommentFragmentDoc,
    "\n  fragment TriageSummary_comment on Comment {\n    id\n    urgency\n    sentiment\n    sentimentScore\n    hasPhi\n    phi {\n      type\n    }\n    intents {\n      label\n      confidence\n    }\n    triageReasons {\n      label\n      cues\n    }\n    triageModelVersion\n    triageCorrections {\n      id\n      field\n      previous\n      corrected\n      correctedBy\n      correctedAt\n      modelVersion\n    }\n  }\n": types.TriageSummary_CommentFragmentDoc,
    "\n  query CommentDetail($id: ID!) {\n    comment(id: $id) {\n      id\n      ...CommentDetail_comment\n    }\n  }\n": types.CommentDetailDocument,
    "\n  mutation CorrectTriage($input: CorrectTriageInput!) {\n    correctTriage(input: $input) {\n      id\n      urgency\n      sentiment\n      intents {\n        label\n        confidence\n      }\n      ...TriageSummary_comment\n    }\n  }\n": types.CorrectTriageDocument,
    "\n  mutation UpdateCommentStatus($input: UpdateCommentStatusInput!) {\n    updateCommentStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n    }\n  }\n": types.UpdateCommentStatusDocument,
    "\n  fragment CommentRow_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    status\n    hasPhi\n    rating\n    replyCount\n    sentiment\n    urgency\n    intents {\n      label\n      confidence\n    }\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n": types.CommentRow_CommentFragmentDoc,
    "\n  fragment InboxList_connection on CommentConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        status\n        ...CommentRow_comment\n      }\n    }\n  }\n": types.InboxList_ConnectionFragmentDoc,
    "\n  fragment InboxTabs_counts on InboxCounts {\n    new\n    inProgress\n    replied\n    escalated\n    closed\n    hidden\n    total\n  }\n": types.InboxTabs_CountsFragmentDoc,
    "\n  subscription InboxChanged {\n    inboxChanged {\n      kind\n      change\n      count\n      byUserId\n      comments {\n        id\n        status\n        # A PLATFORM change (deleted by its author) must reach an open detail pane too.\n        deletedAt\n        ...CommentRow_comment\n      }\n    }\n  }\n": types.InboxChangedDocument,
    "\n  query InboxCounts($countsFilter: CommentFilter) {\n    inboxCounts(filter: $countsFilter) {\n      ...InboxTabs_counts\n    }\n  }\n": types.InboxCountsDocument,
    "\n  query InboxNextPage($filter: CommentFilter, $orderBy: CommentOrder, $first: Int, $after: String) {\n    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...InboxList_connection\n    }\n  }\n": types.InboxNextPageDocument,
    "\n  query Inbox(\n    $filter: CommentFilter\n    $countsFilter: CommentFilter\n    $orderBy: CommentOrder\n    $first: Int\n    $after: String\n  ) {\n    sampleDataLoaded\n    everything: inboxCounts {\n      total\n    }\n    inboxCounts(filter: $countsFilter) {\n      ...InboxTabs_counts\n    }\n    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...InboxList_connection\n    }\n  }\n": types.InboxDocument,
    "\n  mutation LoadSampleData {\n    loadSampleData {\n      accepted\n      duplicates\n    }\n  }\n": types.LoadSampleDataDocument,
    "\n  mutation RemoveSampleData {\n    removeSampleData\n  }\n": types.RemoveSampleDataDocument,
    "\n  fragment AutoModerationBanner_comment on Comment {\n    id\n    status\n    moderationActions {\n      id\n      kind\n      automatic\n      state\n      canUndo\n      ruleName\n      explanation\n      team\n      platformNote\n    }\n  }\n": types.AutoModerationBanner_CommentFragmentDoc,
    "\n  fragment CommentModerationBar_comment on Comment {\n    id\n    ...AutoModerationBanner_comment\n    ...AuthorButton_comment\n  }\n": types.CommentModerationBar_CommentFragmentDoc,
    "\n  fragment ModerationActionItem_action on ModerationAction {\n    id\n    kind\n    automatic\n    ruleName\n    explanation\n    team\n    state\n    canUndo\n    appliedAt\n    decidedByName\n    platformNote\n    comment {\n      id\n      authorName\n      channel {\n        id\n        kind\n      }\n    }\n  }\n": types.ModerationActionItem_ActionFragmentDoc,
    "\n  fragment ModerationRuleModal_rule on ModerationRule {\n    id\n    name\n    enabled\n    condition\n    intents\n    minConfidence\n    action\n    team\n    reasonCode\n  }\n": types.ModerationRuleModal_RuleFragmentDoc,
    "\n  fragment ModerationRuleRow_rule on ModerationRule {\n    id\n    name\n    enabled\n    summary\n    reasonCode\n    updatedAt\n    updatedByName\n  }\n": types.ModerationRuleRow_RuleFragmentDoc,
    "\n  fragment ModerationWordListsForm_lists on ModerationWordLists {\n    banned\n    suspect\n    trustedDomains\n    updatedAt\n    updatedByName\n  }\n": types.ModerationWordListsForm_ListsFragmentDoc,
    "\n  mutation CreateModerationRule($input: CreateModerationRuleInput!) {\n    createModerationRule(input: $input) {\n      id\n      ...ModerationRuleRow_rule\n      ...ModerationRuleModal_rule\n    }\n  }\n": types.CreateModerationRuleDocument,
    "\n  mutation DeleteModerationRule($input: DeleteModerationRuleInput!) {\n    deleteModerationRule(input: $input)\n  }\n": types.DeleteModerationRuleDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      id\n      reasonCode\n      platformNote\n      comment {\n        id\n        status\n        statusChangedAt\n      }\n    }\n  }\n": types.HideCommentDocument,
    "\n  query ModerationPage {\n    moderationRules {\n      id\n      ...ModerationRuleRow_rule\n      ...ModerationRuleModal_rule\n    }\n    moderationWordLists {\n      ...ModerationWordListsForm_lists\n    }\n    moderationActions(automatic: true, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ModerationActionItem_action\n        }\n      }\n    }\n  }\n": types.ModerationPageDocument,
    "\n  mutation UndoModerationAction($input: ModerationActionInput!) {\n    undoModerationAction(input: $input) {\n      id\n      state\n      canUndo\n      decidedByName\n      decidedAt\n      caseId\n      platform\n      platformNote\n      comment {\n        id\n        status\n      }\n    }\n  }\n": types.UndoModerationActionDocument,
    "\n  mutation UpdateModerationRule($input: UpdateModerationRuleInput!) {\n    updateModerationRule(input: $input) {\n      id\n      ...ModerationRuleRow_rule\n      ...ModerationRuleModal_rule\n    }\n  }\n": types.UpdateModerationRuleDocument,
    "\n  mutation UpdateModerationWordLists($input: UpdateModerationWordListsInput!) {\n    updateModerationWordLists(input: $input) {\n      ...ModerationWordListsForm_lists\n    }\n  }\n": types.UpdateModerationWordListsDocument,
    "\n  fragment ReplyComposer_comment on Comment {\n    id\n    text\n    authorName\n    status\n    deletedAt\n    channel {\n      id\n      kind\n      connection {\n        state\n        canPostReplies\n      }\n    }\n    intents {\n      label\n    }\n    phi {\n      type\n      start\n      end\n    }\n    teamReplies {\n      ...ReplyFields\n    }\n  }\n": types.ReplyComposer_CommentFragmentDoc,
    "\n  query ReplySettings {\n    organisationSettings {\n      hospitalName\n      patientRelationsPhone\n      patientRelationsEmail\n      patientRelationsUrl\n      nurseLine\n      mainPhone\n      billingPhone\n      emergencyNumber\n      crisisLine\n      poisonLine\n      visitorUrl\n      parkingUrl\n      recordsUrl\n      trustedDomains\n      signOff\n      approvalPolicy\n      aiDraftingEnabled\n    }\n  }\n": types.ReplySettingsDocument,
    "\n  query ReplyApprovals {\n    replyApprovals(first: 100) {\n      id\n      ...ReplyFields\n      comment {\n        id\n        text\n        authorName\n        createdAt\n        urgency\n        hasPhi\n        channel {\n          id\n          kind\n          displayName\n        }\n        intents {\n          label\n        }\n        phi {\n          type\n          start\n          end\n        }\n      }\n    }\n  }\n": types.ReplyApprovalsDocument,
    "\n  fragment ReplyFields on Reply {\n    id\n    commentId\n    body\n    status\n    source\n    templateKey\n    authorId\n    authorName\n    submittedAt\n    reviewerName\n    reviewedAt\n    reviewNote\n    warningsAcknowledged\n    sentAt\n    delivery\n    posting {\n      id\n      state\n      error\n      attempts\n      permalink\n      postedAt\n      nextAttemptAt\n    }\n    revision\n    updatedAt\n    violations {\n      code\n      severity\n      message\n      start\n      end\n    }\n  }\n": types.ReplyFieldsFragmentDoc,
    "\n  mutation SaveReply($input: SaveReplyInput!) {\n    saveReply(input: $input) {\n      id\n      ...ReplyFields\n    }\n  }\n": types.SaveReplyDocument,
    "\n  mutation SubmitReply($replyId: ID!) {\n    submitReply(replyId: $replyId) {\n      id\n      ...ReplyFields\n    }\n  }\n": types.SubmitReplyDocument,
    "\n  mutation SendReply($replyId: ID!, $manual: Boolean) {\n    sendReply(replyId: $replyId, manual: $manual) {\n      id\n      ...ReplyFields\n      comment {\n        id\n        status\n      }\n    }\n  }\n": types.SendReplyDocument,
    "\n  mutation RetryReplyDelivery($replyId: ID!) {\n    retryReplyDelivery(replyId: $replyId) {\n      id\n      ...ReplyFields\n    }\n  }\n": types.RetryReplyDeliveryDocument,
    "\n  mutation DiscardReply($replyId: ID!) {\n    discardReply(replyId: $replyId)\n  }\n": types.DiscardReplyDocument,
    "\n  mutation ApproveReply($input: ApproveReplyInput!) {\n    approveReply(input: $input) {\n      id\n      ...ReplyFields\n    }\n  }\n": types.ApproveReplyDocument,
    "\n  mutation RejectReply($input: RejectReplyInput!) {\n    rejectReply(input: $input) {\n      id\n      ...ReplyFields\n    }\n  }\n": types.RejectReplyDocument,
    "\n  query ReplyPosting($commentId: ID!) {\n    comment(id: $commentId) {\n      id\n      status\n      teamReplies {\n        id\n        ...ReplyFields\n      }\n    }\n  }\n": types.ReplyPostingDocument,
    "\n  query SuggestReply($commentId: ID!, $ai: Boolean) {\n    suggestReply(commentId: $commentId, ai: $ai) {\n      reply\n      template\n      situation\n      action\n      source\n      fallbackReason\n    }\n  }\n": types.SuggestReplyDocument,
    "\n  fragment AgentWorkloadTable_report on Report {\n    agents {\n      userId\n      name\n      repliesSent\n      labelCorrections\n    }\n  }\n": types.AgentWorkloadTable_ReportFragmentDoc,
    "\n  fragment CorrectionsTable_report on Report {\n    corrections {\n      field\n      label\n      count\n    }\n  }\n": types.CorrectionsTable_ReportFragmentDoc,
    "\n  fragment LabelMixChart_count on ReportLabelCount {\n    label\n    count\n    previous\n  }\n": types.LabelMixChart_CountFragmentDoc,
    "\n  fragment ReportKpis_report on Report {\n    comments {\n      current\n      previous\n      changePercent\n    }\n    negative {\n      current\n      previous\n      changePercent\n    }\n    repliesSent {\n      current\n      previous\n      changePercent\n    }\n    escalationsOpened {\n      current\n      previous\n      changePercent\n    }\n    escalationsResolved {\n      current\n      previous\n      changePercent\n    }\n    medianTimeToResolveSeconds\n  }\n": types.ReportKpis_ReportFragmentDoc,
    "\n  fragment ResponseTimes_report on Report {\n    responseTimes {\n      urgency\n      p50Seconds\n      p90Seconds\n      responded\n      slaMinutes\n      slaCompliance\n    }\n  }\n": types.ResponseTimes_ReportFragmentDoc,
    "\n  fragment SentimentChart_report on Report {\n    sentiment {\n      bucket\n      negative\n      neutral\n      positive\n    }\n    sentimentShare {\n      label\n      count\n      previous\n    }\n  }\n": types.SentimentChart_ReportFragmentDoc,
    "\n  fragment ThemesList_report on Report {\n    themes {\n      term\n      count\n      previousCount\n      change\n      examples {\n        commentId\n        excerpt\n      }\n    }\n  }\n": types.ThemesList_ReportFragmentDoc,
    "\n  fragment TopPostsTable_report on Report {\n    topPosts {\n      postId\n      channelId\n      url\n      excerpt\n      comments\n      negative\n    }\n  }\n": types.TopPostsTable_ReportFragmentDoc,
    "\n  fragment VolumeChart_report on Report {\n    volume {\n      bucket\n      channelId\n      count\n    }\n  }\n": types.VolumeChart_ReportFragmentDoc,
    "\n  mutation AcknowledgeSpike($id: ID!) {\n    acknowledgeSpike(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeSpikeDocument,
    "\n  query ActiveSpikes {\n    activeSpikes {\n      id\n      acknowledgedAt\n      ...SpikeDetails_spike\n    }\n  }\n": types.ActiveSpikesDocument,
    "\n  query ReportChannels {\n    channels {\n      id\n      kind\n      displayName\n    }\n  }\n": types.ReportChannelsDocument,
    "\n  query ReportPage($filter: ReportFilterInput!) {\n    report(filter: $filter) {\n      range {\n        from\n        to\n        granularity\n        previousFrom\n        previousTo\n      }\n      comments {\n        current\n      }\n      intents {\n        ...LabelMixChart_count\n      }\n      urgencies {\n        ...LabelMixChart_count\n      }\n      spikes {\n        id\n        ...SpikeDetails_spike\n      }\n      ...ReportKpis_report\n      ...VolumeChart_report\n      ...SentimentChart_report\n      ...ResponseTimes_report\n      ...ThemesList_report\n      ...TopPostsTable_report\n      ...AgentWorkloadTable_report\n      ...CorrectionsTable_report\n    }\n  }\n": types.ReportPageDocument,
    "\n  fragment SpikeDetails_spike on ReportSpike {\n    id\n    kind\n    channelId\n    count\n    expected\n    ratio\n    reason\n    raisedAt\n    windowStart\n    windowEnd\n    acknowledgedAt\n  }\n": types.SpikeDetails_SpikeFragmentDoc,
    "\n  query SpikeSettings {\n    spikeSettings {\n      multiplier\n      minCount\n      minIncrease\n    }\n  }\n": types.SpikeSettingsDocument,
    "\n  mutation UpdateSpikeSettings($input: SpikeSettingsInput!) {\n    updateSpikeSettings(input: $input) {\n      multiplier\n      minCount\n      minIncrease\n    }\n  }\n": types.UpdateSpikeSettingsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": types.ViewerDocument,
    "\n  query AiDraftingSettings {\n    aiDraftingSettings {\n      enabled\n      baseUrl\n      model\n      hasApiKey\n      timeoutMs\n    }\n  }\n": types.AiDraftingSettingsDocument,
    "\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      hospitalName\n    }\n  }\n": types.UpdateOrganisationSettingsDocument,
    "\n  mutation UpdateAiDrafting($input: UpdateAiDraftingInput!) {\n    updateAiDrafting(input: $input) {\n      enabled\n      baseUrl\n      model\n      hasApiKey\n      timeoutMs\n    }\n  }\n": types.UpdateAiDraftingDocument,
    "\n  fragment ApiTokenRow_token on ApiToken {\n    id\n    name\n    role\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenRow_TokenFragmentDoc,
    "\n  fragment MemberRow_user on User {\n    id\n    email\n    displayName\n    role\n    active\n    deactivatedAt\n    lastSignInAt\n    lockedUntil\n    createdAt\n  }\n": types.MemberRow_UserFragmentDoc,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        ...ApiTokenRow_token\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...MemberRow_user\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n      ...MemberRow_user\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      ...ApiTokenRow_token\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query TeamPage {\n    users {\n      id\n      ...MemberRow_user\n    }\n    apiTokens {\n      id\n      ...ApiTokenRow_token\n    }\n  }\n": types.TeamPageDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...MemberRow_user\n    }\n  }\n": types.UpdateUserDocument,
    "\n  fragment ReplyTemplateFields on ReplyTemplate {\n    key\n    name\n    situation\n    body\n    shortBody\n    builtIn\n    customised\n    enabled\n    updatedAt\n  }\n": types.ReplyTemplateFieldsFragmentDoc,
    "\n  query ReplyTemplates {\n    replyTemplates {\n      ...ReplyTemplateFields\n    }\n  }\n": types.ReplyTemplatesDocument,
    "\n  query PreviewReplyTemplate($input: ReplyTemplateInput!) {\n    previewReplyTemplate(input: $input) {\n      sample\n      reply\n      check {\n        compliant\n        violations {\n          code\n          severity\n          message\n          start\n          end\n        }\n      }\n    }\n  }\n": types.PreviewReplyTemplateDocument,
    "\n  mutation CreateReplyTemplate($input: ReplyTemplateInput!) {\n    createReplyTemplate(input: $input) {\n      ...ReplyTemplateFields\n    }\n  }\n": types.CreateReplyTemplateDocument,
    "\n  mutation UpdateReplyTemplate($input: UpdateReplyTemplateInput!) {\n    updateReplyTemplate(input: $input) {\n      ...ReplyTemplateFields\n    }\n  }\n": types.UpdateReplyTemplateDocument,
    "\n  mutation ResetReplyTemplate($key: String!) {\n    resetReplyTemplate(key: $key)\n  }\n": types.ResetReplyTemplateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriticalAlertRow_alert on Alert {\n    id\n    kind\n    raisedAt\n    comment {\n      id\n      channel {\n        id\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CriticalAlertRow_alert on Alert {\n    id\n    kind\n    raisedAt\n    comment {\n      id\n      channel {\n        id\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) {\n      id\n      acknowledgedAt\n      acknowledgedBy\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {\n    acknowledgeAlert(input: $input) {\n      id\n      acknowledgedAt\n      acknowledgedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AlertsChanged {\n    alertsChanged {\n      kind\n      alertIds\n    }\n  }\n"): (typeof documents)["\n  subscription AlertsChanged {\n    alertsChanged {\n      kind\n      alertIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenAlerts {\n    openAlerts(first: 20) {\n      id\n      ...CriticalAlertRow_alert\n    }\n  }\n"): (typeof documents)["\n  query OpenAlerts {\n    openAlerts(first: 20) {\n      id\n      ...CriticalAlertRow_alert\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventRow_event on AuditEvent {\n    id\n    seq\n    at\n    actorKind\n    actorId\n    actorName\n    action\n    targetType\n    targetId\n    details {\n      key\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEventRow_event on AuditEvent {\n    id\n    seq\n    at\n    actorKind\n    actorId\n    actorName\n    action\n    targetType\n    targetId\n    details {\n      key\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditFilterBar_actor on AuditActor {\n    id\n    kind\n    name\n  }\n"): (typeof documents)["\n  fragment AuditFilterBar_actor on AuditActor {\n    id\n    kind\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditTable_connection on AuditEventConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AuditEventRow_event\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AuditTable_connection on AuditEventConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AuditEventRow_event\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainStatus {\n    auditChainStatus {\n      intact\n      checkedCount\n      brokenAtSeq\n      reason\n      checkedAt\n    }\n  }\n"): (typeof documents)["\n  query AuditChainStatus {\n    auditChainStatus {\n      intact\n      checkedCount\n      brokenAtSeq\n      reason\n      checkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditNextPage($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      ...AuditTable_connection\n    }\n  }\n"): (typeof documents)["\n  query AuditNextPage($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      ...AuditTable_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPage($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditActions\n    auditActors {\n      ...AuditFilterBar_actor\n    }\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      ...AuditTable_connection\n    }\n  }\n"): (typeof documents)["\n  query AuditPage($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditActions\n    auditActors {\n      ...AuditFilterBar_actor\n    }\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      ...AuditTable_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorButton_comment on Comment {\n    id\n    authorName\n    authorHandle\n  }\n"): (typeof documents)["\n  fragment AuthorButton_comment on Comment {\n    id\n    authorName\n    authorHandle\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorCommentItem_comment on Comment {\n    id\n    text\n    status\n    createdAt\n    channel {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment AuthorCommentItem_comment on Comment {\n    id\n    text\n    status\n    createdAt\n    channel {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorFlagControl_author on AuthorProfile {\n    id\n    flag\n    flagChangedAt\n    flagChangedByName\n  }\n"): (typeof documents)["\n  fragment AuthorFlagControl_author on AuthorProfile {\n    id\n    flag\n    flagChangedAt\n    flagChangedByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorNotes_author on AuthorProfile {\n    id\n    notes {\n      id\n      body\n      writtenByName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment AuthorNotes_author on AuthorProfile {\n    id\n    notes {\n      id\n      body\n      writtenByName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorSummary_author on AuthorProfile {\n    id\n    displayName\n    handles\n    channels\n    commentCount\n    firstSeenAt\n  }\n"): (typeof documents)["\n  fragment AuthorSummary_author on AuthorProfile {\n    id\n    displayName\n    handles\n    channels\n    commentCount\n    firstSeenAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAuthorNote($input: AddAuthorNoteInput!) {\n    addAuthorNote(input: $input) {\n      id\n      ...AuthorNotes_author\n    }\n  }\n"): (typeof documents)["\n  mutation AddAuthorNote($input: AddAuthorNoteInput!) {\n    addAuthorNote(input: $input) {\n      id\n      ...AuthorNotes_author\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorPanel($commentId: ID!) {\n    author(commentId: $commentId) {\n      id\n      ...AuthorSummary_author\n      ...AuthorFlagControl_author\n      ...AuthorNotes_author\n      comments(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            ...AuthorCommentItem_comment\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorPanel($commentId: ID!) {\n    author(commentId: $commentId) {\n      id\n      ...AuthorSummary_author\n      ...AuthorFlagControl_author\n      ...AuthorNotes_author\n      comments(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            ...AuthorCommentItem_comment\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAuthorFlag($input: SetAuthorFlagInput!) {\n    setAuthorFlag(input: $input) {\n      id\n      ...AuthorFlagControl_author\n    }\n  }\n"): (typeof documents)["\n  mutation SetAuthorFlag($input: SetAuthorFlagInput!) {\n    setAuthorFlag(input: $input) {\n      id\n      ...AuthorFlagControl_author\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetail_case on Case {\n    id\n    ...CaseHeader_case\n    ...CaseStatusActions_case\n    ...CaseDetailsForm_case\n    ...CaseFacts_case\n    ...CaseLinkedComments_case\n    ...CaseTimeline_case\n  }\n"): (typeof documents)["\n  fragment CaseDetail_case on Case {\n    id\n    ...CaseHeader_case\n    ...CaseStatusActions_case\n    ...CaseDetailsForm_case\n    ...CaseFacts_case\n    ...CaseLinkedComments_case\n    ...CaseTimeline_case\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetailsForm_case on Case {\n    id\n    team\n    category\n    priority\n    assigneeId\n  }\n"): (typeof documents)["\n  fragment CaseDetailsForm_case on Case {\n    id\n    team\n    category\n    priority\n    assigneeId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFacts_case on Case {\n    id\n    status\n    createdAt\n    createdByName\n    updatedAt\n    dueAt\n    resolvedAt\n    resolutionNote\n  }\n"): (typeof documents)["\n  fragment CaseFacts_case on Case {\n    id\n    status\n    createdAt\n    createdByName\n    updatedAt\n    dueAt\n    resolvedAt\n    resolutionNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseHeader_case on Case {\n    id\n    reference\n    title\n    status\n    priority\n    category\n    team\n    dueAt\n    resolvedAt\n  }\n"): (typeof documents)["\n  fragment CaseHeader_case on Case {\n    id\n    reference\n    title\n    status\n    priority\n    category\n    team\n    dueAt\n    resolvedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseLinkedComments_case on Case {\n    id\n    comments {\n      id\n      authorName\n      text\n      createdAt\n      status\n      channel {\n        id\n        kind\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseLinkedComments_case on Case {\n    id\n    comments {\n      id\n      authorName\n      text\n      createdAt\n      status\n      channel {\n        id\n        kind\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRow_case on Case {\n    id\n    reference\n    title\n    category\n    priority\n    team\n    status\n    assigneeName\n    dueAt\n    resolvedAt\n  }\n"): (typeof documents)["\n  fragment CaseRow_case on Case {\n    id\n    reference\n    title\n    category\n    priority\n    team\n    status\n    assigneeName\n    dueAt\n    resolvedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseStatusActions_case on Case {\n    id\n    reference\n    status\n  }\n"): (typeof documents)["\n  fragment CaseStatusActions_case on Case {\n    id\n    reference\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseTimeline_case on Case {\n    id\n    events {\n      id\n      at\n      kind\n      actorName\n      from\n      to\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment CaseTimeline_case on Case {\n    id\n    events {\n      id\n      at\n      kind\n      actorName\n      from\n      to\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentCases_comment on Comment {\n    id\n    cases {\n      id\n      reference\n      title\n      status\n      dueAt\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CommentCases_comment on Comment {\n    id\n    cases {\n      id\n      reference\n      title\n      status\n      dueAt\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentSlaBadge_comment on Comment {\n    id\n    sla {\n      state\n      dueAt\n      stoppedAt\n      firstResponseSeconds\n    }\n  }\n"): (typeof documents)["\n  fragment CommentSlaBadge_comment on Comment {\n    id\n    sla {\n      state\n      dueAt\n      stoppedAt\n      firstResponseSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscalateButton_comment on Comment {\n    id\n    hasPhi\n    intents {\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment EscalateButton_comment on Comment {\n    id\n    hasPhi\n    intents {\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      ...CaseDetail_case\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      ...CaseDetail_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAssigneeOptions {\n    teamMembers {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query CaseAssigneeOptions {\n    teamMembers {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      ...CaseDetail_case\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      ...CaseDetail_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String) {\n    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseRow_case\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String) {\n    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseRow_case\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {\n    changeCaseStatus(input: $input) {\n      id\n      ...CaseDetail_case\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {\n    changeCaseStatus(input: $input) {\n      id\n      ...CaseDetail_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateComment($input: EscalateCommentInput!) {\n    escalateComment(input: $input) {\n      id\n      reference\n      comments {\n        id\n        status\n        statusChangedAt\n        ...CommentCases_comment\n        ...CommentSlaBadge_comment\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateComment($input: EscalateCommentInput!) {\n    escalateComment(input: $input) {\n      id\n      reference\n      comments {\n        id\n        status\n        statusChangedAt\n        ...CommentCases_comment\n        ...CommentSlaBadge_comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkCommentToCase($input: LinkCommentToCaseInput!) {\n    linkCommentToCase(input: $input) {\n      id\n      reference\n      priority\n      dueAt\n      comments {\n        id\n        status\n        statusChangedAt\n        ...CommentCases_comment\n        ...CommentSlaBadge_comment\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkCommentToCase($input: LinkCommentToCaseInput!) {\n    linkCommentToCase(input: $input) {\n      id\n      reference\n      priority\n      dueAt\n      comments {\n        id\n        status\n        statusChangedAt\n        ...CommentCases_comment\n        ...CommentSlaBadge_comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCaseOptions {\n    cases(filter: { status: [OPEN, IN_PROGRESS, REOPENED] }, orderBy: NEWEST, first: 100) {\n      edges {\n        node {\n          id\n          reference\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenCaseOptions {\n    cases(filter: { status: [OPEN, IN_PROGRESS, REOPENED] }, orderBy: NEWEST, first: 100) {\n      edges {\n        node {\n          id\n          reference\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaPolicies {\n    slaPolicies {\n      urgency\n      minutes\n      defaultMinutes\n      updatedAt\n      updatedBy\n    }\n  }\n"): (typeof documents)["\n  query SlaPolicies {\n    slaPolicies {\n      urgency\n      minutes\n      defaultMinutes\n      updatedAt\n      updatedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      ...CaseDetail_case\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      ...CaseDetail_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) {\n    updateSlaPolicy(input: $input) {\n      urgency\n      minutes\n      defaultMinutes\n      updatedAt\n      updatedBy\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) {\n    updateSlaPolicy(input: $input) {\n      urgency\n      minutes\n      defaultMinutes\n      updatedAt\n      updatedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelCard_channel on Channel {\n    id\n    kind\n    displayName\n    externalAccountId\n    isSample\n    connection {\n      state\n      health\n      healthMessage\n      failingSince\n      consecutiveFailures\n      credentialNames\n      baseUrl\n      pollIntervalSeconds\n      polls\n      webhookPath\n      nextPollAt\n      lastPolledAt\n      lastItemAt\n      lastWebhookAt\n      itemsReceived\n      canPostReplies\n      connectedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ChannelCard_channel on Channel {\n    id\n    kind\n    displayName\n    externalAccountId\n    isSample\n    connection {\n      state\n      health\n      healthMessage\n      failingSince\n      consecutiveFailures\n      credentialNames\n      baseUrl\n      pollIntervalSeconds\n      polls\n      webhookPath\n      nextPollAt\n      lastPolledAt\n      lastItemAt\n      lastWebhookAt\n      itemsReceived\n      canPostReplies\n      connectedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectChannel($input: ConnectChannelInput!) {\n    connectChannel(input: $input) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectChannel($input: ConnectChannelInput!) {\n    connectChannel(input: $input) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChannelConnection($channelId: ID!, $input: UpdateChannelConnectionInput!) {\n    updateChannelConnection(channelId: $channelId, input: $input) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChannelConnection($channelId: ID!, $input: UpdateChannelConnectionInput!) {\n    updateChannelConnection(channelId: $channelId, input: $input) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseChannel($channelId: ID!) {\n    pauseChannel(channelId: $channelId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"): (typeof documents)["\n  mutation PauseChannel($channelId: ID!) {\n    pauseChannel(channelId: $channelId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeChannel($channelId: ID!) {\n    resumeChannel(channelId: $channelId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeChannel($channelId: ID!) {\n    resumeChannel(channelId: $channelId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectChannel($channelId: ID!) {\n    disconnectChannel(channelId: $channelId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"): (typeof documents)["\n  mutation DisconnectChannel($channelId: ID!) {\n    disconnectChannel(channelId: $channelId) {\n      id\n      ...ChannelCard_channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestChannelConnection($channelId: ID!) {\n    testChannelConnection(channelId: $channelId) {\n      ok\n      message\n      itemsSeen\n    }\n  }\n"): (typeof documents)["\n  mutation TestChannelConnection($channelId: ID!) {\n    testChannelConnection(channelId: $channelId) {\n      ok\n      message\n      itemsSeen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PollChannelNow($channelId: ID!) {\n    pollChannelNow(channelId: $channelId) {\n      ok\n      message\n      stored\n      updated\n      deleted\n      pages\n    }\n  }\n"): (typeof documents)["\n  mutation PollChannelNow($channelId: ID!) {\n    pollChannelNow(channelId: $channelId) {\n      ok\n      message\n      stored\n      updated\n      deleted\n      pages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelsPage {\n    channels {\n      id\n      isSample\n      connection {\n        state\n      }\n      ...ChannelCard_channel\n    }\n  }\n"): (typeof documents)["\n  query ChannelsPage {\n    channels {\n      id\n      isSample\n      connection {\n        state\n      }\n      ...ChannelCard_channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentControl_comment on Comment {\n    id\n    assignee {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentControl_comment on Comment {\n    id\n    assignee {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentNotes_comment on Comment {\n    id\n    notes {\n      id\n      ...NoteItem_note\n    }\n  }\n"): (typeof documents)["\n  fragment CommentNotes_comment on Comment {\n    id\n    notes {\n      id\n      ...NoteItem_note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoteItem_note on CommentNote {\n    id\n    authorId\n    authorName\n    body\n    mentionedUserIds\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NoteItem_note on CommentNote {\n    id\n    authorId\n    authorName\n    body\n    mentionedUserIds\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    commentId\n    noteId\n    actorName\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    commentId\n    noteId\n    actorName\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCommentNote($input: AddCommentNoteInput!) {\n    addCommentNote(input: $input) {\n      id\n      ...NoteItem_note\n    }\n  }\n"): (typeof documents)["\n  mutation AddCommentNote($input: AddCommentNoteInput!) {\n    addCommentNote(input: $input) {\n      id\n      ...NoteItem_note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignComment($input: AssignCommentInput!) {\n    assignComment(input: $input) {\n      id\n      assigneeId\n      assignee {\n        id\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignComment($input: AssignCommentInput!) {\n    assignComment(input: $input) {\n      id\n      assigneeId\n      assignee {\n        id\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CollaborationChanges {\n    inboxChanged {\n      kind\n      change\n      byUserId\n      commentIds\n    }\n  }\n"): (typeof documents)["\n  subscription CollaborationChanges {\n    inboxChanged {\n      kind\n      change\n      byUserId\n      commentIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentCollaboration($id: ID!) {\n    comment(id: $id) {\n      id\n      ...AssignmentControl_comment\n      ...CommentNotes_comment\n    }\n  }\n"): (typeof documents)["\n  query CommentCollaboration($id: ID!) {\n    comment(id: $id) {\n      id\n      ...AssignmentControl_comment\n      ...CommentNotes_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentPresence($commentId: ID!) {\n    commentPresence(commentId: $commentId) {\n      ...PresenceEntries_presence\n    }\n  }\n"): (typeof documents)["\n  query CommentPresence($commentId: ID!) {\n    commentPresence(commentId: $commentId) {\n      ...PresenceEntries_presence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PresenceEntries_presence on CommentPresence {\n    commentId\n    entries {\n      userId\n      displayName\n      activity\n      since\n    }\n  }\n"): (typeof documents)["\n  fragment PresenceEntries_presence on CommentPresence {\n    commentId\n    entries {\n      userId\n      displayName\n      activity\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      readAt\n      ...NotificationItem_notification\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      readAt\n      ...NotificationItem_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        id\n        readAt\n        ...NotificationItem_notification\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        id\n        readAt\n        ...NotificationItem_notification\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PresenceChanged($commentId: ID!) {\n    presenceChanged(commentId: $commentId) {\n      ...PresenceEntries_presence\n    }\n  }\n"): (typeof documents)["\n  subscription PresenceChanged($commentId: ID!) {\n    presenceChanged(commentId: $commentId) {\n      ...PresenceEntries_presence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPresence($input: ReportPresenceInput!) {\n    reportPresence(input: $input) {\n      ...PresenceEntries_presence\n    }\n  }\n"): (typeof documents)["\n  mutation ReportPresence($input: ReportPresenceInput!) {\n    reportPresence(input: $input) {\n      ...PresenceEntries_presence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMembers {\n    teamMembers {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query TeamMembers {\n    teamMembers {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DoubleReplyGuard_comment on Comment {\n    id\n    assignee {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment DoubleReplyGuard_comment on Comment {\n    id\n    assignee {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentDetail_comment on Comment {\n    id\n    url\n    status\n    hasPhi\n    deletedAt\n    intents {\n      label\n    }\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n    post {\n      id\n      ...PostContext_post\n    }\n    ancestors {\n      id\n      ...ThreadComment_comment\n    }\n    replies {\n      id\n      ...ThreadComment_comment\n    }\n    ...ThreadComment_comment\n    ...TriageSummary_comment\n    ...StatusActions_comment\n    ...CommentFacts_comment\n    ...AssignmentControl_comment\n    ...CommentNotes_comment\n    ...DoubleReplyGuard_comment\n    ...CommentCases_comment\n    ...CommentSlaBadge_comment\n    ...EscalateButton_comment\n    ...ReplyComposer_comment\n    ...CommentModerationBar_comment\n  }\n"): (typeof documents)["\n  fragment CommentDetail_comment on Comment {\n    id\n    url\n    status\n    hasPhi\n    deletedAt\n    intents {\n      label\n    }\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n    post {\n      id\n      ...PostContext_post\n    }\n    ancestors {\n      id\n      ...ThreadComment_comment\n    }\n    replies {\n      id\n      ...ThreadComment_comment\n    }\n    ...ThreadComment_comment\n    ...TriageSummary_comment\n    ...StatusActions_comment\n    ...CommentFacts_comment\n    ...AssignmentControl_comment\n    ...CommentNotes_comment\n    ...DoubleReplyGuard_comment\n    ...CommentCases_comment\n    ...CommentSlaBadge_comment\n    ...EscalateButton_comment\n    ...ReplyComposer_comment\n    ...CommentModerationBar_comment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFacts_comment on Comment {\n    id\n    createdAt\n    receivedAt\n    editedAt\n    deletedAt\n    statusChangedAt\n    revision\n  }\n"): (typeof documents)["\n  fragment CommentFacts_comment on Comment {\n    id\n    createdAt\n    receivedAt\n    editedAt\n    deletedAt\n    statusChangedAt\n    revision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostContext_post on Post {\n    id\n    text\n    url\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment PostContext_post on Post {\n    id\n    text\n    url\n    publishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusActions_comment on Comment {\n    id\n    status\n  }\n"): (typeof documents)["\n  fragment StatusActions_comment on Comment {\n    id\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadComment_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    rating\n    status\n    phi {\n      start\n      end\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadComment_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    rating\n    status\n    phi {\n      start\n      end\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TriageSummary_comment on Comment {\n    id\n    urgency\n    sentiment\n    sentimentScore\n    hasPhi\n    phi {\n      type\n    }\n    intents {\n      label\n      confidence\n    }\n    triageReasons {\n      label\n      cues\n    }\n    triageModelVersion\n    triageCorrections {\n      id\n      field\n      previous\n      corrected\n      correctedBy\n      correctedAt\n      modelVersion\n    }\n  }\n"): (typeof documents)["\n  fragment TriageSummary_comment on Comment {\n    id\n    urgency\n    sentiment\n    sentimentScore\n    hasPhi\n    phi {\n      type\n    }\n    intents {\n      label\n      confidence\n    }\n    triageReasons {\n      label\n      cues\n    }\n    triageModelVersion\n    triageCorrections {\n      id\n      field\n      previous\n      corrected\n      correctedBy\n      correctedAt\n      modelVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentDetail($id: ID!) {\n    comment(id: $id) {\n      id\n      ...CommentDetail_comment\n    }\n  }\n"): (typeof documents)["\n  query CommentDetail($id: ID!) {\n    comment(id: $id) {\n      id\n      ...CommentDetail_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectTriage($input: CorrectTriageInput!) {\n    correctTriage(input: $input) {\n      id\n      urgency\n      sentiment\n      intents {\n        label\n        confidence\n      }\n      ...TriageSummary_comment\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectTriage($input: CorrectTriageInput!) {\n    correctTriage(input: $input) {\n      id\n      urgency\n      sentiment\n      intents {\n        label\n        confidence\n      }\n      ...TriageSummary_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommentStatus($input: UpdateCommentStatusInput!) {\n    updateCommentStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommentStatus($input: UpdateCommentStatusInput!) {\n    updateCommentStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentRow_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    status\n    hasPhi\n    rating\n    replyCount\n    sentiment\n    urgency\n    intents {\n      label\n      confidence\n    }\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CommentRow_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    status\n    hasPhi\n    rating\n    replyCount\n    sentiment\n    urgency\n    intents {\n      label\n      confidence\n    }\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxList_connection on CommentConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        status\n        ...CommentRow_comment\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InboxList_connection on CommentConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        status\n        ...CommentRow_comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxTabs_counts on InboxCounts {\n    new\n    inProgress\n    replied\n    escalated\n    closed\n    hidden\n    total\n  }\n"): (typeof documents)["\n  fragment InboxTabs_counts on InboxCounts {\n    new\n    inProgress\n    replied\n    escalated\n    closed\n    hidden\n    total\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxChanged {\n    inboxChanged {\n      kind\n      change\n      count\n      byUserId\n      comments {\n        id\n        status\n        # A PLATFORM change (deleted by its author) must reach an open detail pane too.\n        deletedAt\n        ...CommentRow_comment\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InboxChanged {\n    inboxChanged {\n      kind\n      change\n      count\n      byUserId\n      comments {\n        id\n        status\n        # A PLATFORM change (deleted by its author) must reach an open detail pane too.\n        deletedAt\n        ...CommentRow_comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxCounts($countsFilter: CommentFilter) {\n    inboxCounts(filter: $countsFilter) {\n      ...InboxTabs_counts\n    }\n  }\n"): (typeof documents)["\n  query InboxCounts($countsFilter: CommentFilter) {\n    inboxCounts(filter: $countsFilter) {\n      ...InboxTabs_counts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxNextPage($filter: CommentFilter, $orderBy: CommentOrder, $first: Int, $after: String) {\n    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...InboxList_connection\n    }\n  }\n"): (typeof documents)["\n  query InboxNextPage($filter: CommentFilter, $orderBy: CommentOrder, $first: Int, $after: String) {\n    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...InboxList_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox(\n    $filter: CommentFilter\n    $countsFilter: CommentFilter\n    $orderBy: CommentOrder\n    $first: Int\n    $after: String\n  ) {\n    sampleDataLoaded\n    everything: inboxCounts {\n      total\n    }\n    inboxCounts(filter: $countsFilter) {\n      ...InboxTabs_counts\n    }\n    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...InboxList_connection\n    }\n  }\n"): (typeof documents)["\n  query Inbox(\n    $filter: CommentFilter\n    $countsFilter: CommentFilter\n    $orderBy: CommentOrder\n    $first: Int\n    $after: String\n  ) {\n    sampleDataLoaded\n    everything: inboxCounts {\n      total\n    }\n    inboxCounts(filter: $countsFilter) {\n      ...InboxTabs_counts\n    }\n    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...InboxList_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadSampleData {\n    loadSampleData {\n      accepted\n      duplicates\n    }\n  }\n"): (typeof documents)["\n  mutation LoadSampleData {\n    loadSampleData {\n      accepted\n      duplicates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSampleData {\n    removeSampleData\n  }\n"): (typeof documents)["\n  mutation RemoveSampleData {\n    removeSampleData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AutoModerationBanner_comment on Comment {\n    id\n    status\n    moderationActions {\n      id\n      kind\n      automatic\n      state\n      canUndo\n      ruleName\n      explanation\n      team\n      platformNote\n    }\n  }\n"): (typeof documents)["\n  fragment AutoModerationBanner_comment on Comment {\n    id\n    status\n    moderationActions {\n      id\n      kind\n      automatic\n      state\n      canUndo\n      ruleName\n      explanation\n      team\n      platformNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentModerationBar_comment on Comment {\n    id\n    ...AutoModerationBanner_comment\n    ...AuthorButton_comment\n  }\n"): (typeof documents)["\n  fragment CommentModerationBar_comment on Comment {\n    id\n    ...AutoModerationBanner_comment\n    ...AuthorButton_comment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationActionItem_action on ModerationAction {\n    id\n    kind\n    automatic\n    ruleName\n    explanation\n    team\n    state\n    canUndo\n    appliedAt\n    decidedByName\n    platformNote\n    comment {\n      id\n      authorName\n      channel {\n        id\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationActionItem_action on ModerationAction {\n    id\n    kind\n    automatic\n    ruleName\n    explanation\n    team\n    state\n    canUndo\n    appliedAt\n    decidedByName\n    platformNote\n    comment {\n      id\n      authorName\n      channel {\n        id\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationRuleModal_rule on ModerationRule {\n    id\n    name\n    enabled\n    condition\n    intents\n    minConfidence\n    action\n    team\n    reasonCode\n  }\n"): (typeof documents)["\n  fragment ModerationRuleModal_rule on ModerationRule {\n    id\n    name\n    enabled\n    condition\n    intents\n    minConfidence\n    action\n    team\n    reasonCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationRuleRow_rule on ModerationRule {\n    id\n    name\n    enabled\n    summary\n    reasonCode\n    updatedAt\n    updatedByName\n  }\n"): (typeof documents)["\n  fragment ModerationRuleRow_rule on ModerationRule {\n    id\n    name\n    enabled\n    summary\n    reasonCode\n    updatedAt\n    updatedByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationWordListsForm_lists on ModerationWordLists {\n    banned\n    suspect\n    trustedDomains\n    updatedAt\n    updatedByName\n  }\n"): (typeof documents)["\n  fragment ModerationWordListsForm_lists on ModerationWordLists {\n    banned\n    suspect\n    trustedDomains\n    updatedAt\n    updatedByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateModerationRule($input: CreateModerationRuleInput!) {\n    createModerationRule(input: $input) {\n      id\n      ...ModerationRuleRow_rule\n      ...ModerationRuleModal_rule\n    }\n  }\n"): (typeof documents)["\n  mutation CreateModerationRule($input: CreateModerationRuleInput!) {\n    createModerationRule(input: $input) {\n      id\n      ...ModerationRuleRow_rule\n      ...ModerationRuleModal_rule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteModerationRule($input: DeleteModerationRuleInput!) {\n    deleteModerationRule(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteModerationRule($input: DeleteModerationRuleInput!) {\n    deleteModerationRule(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      id\n      reasonCode\n      platformNote\n      comment {\n        id\n        status\n        statusChangedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      id\n      reasonCode\n      platformNote\n      comment {\n        id\n        status\n        statusChangedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationPage {\n    moderationRules {\n      id\n      ...ModerationRuleRow_rule\n      ...ModerationRuleModal_rule\n    }\n    moderationWordLists {\n      ...ModerationWordListsForm_lists\n    }\n    moderationActions(automatic: true, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ModerationActionItem_action\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationPage {\n    moderationRules {\n      id\n      ...ModerationRuleRow_rule\n      ...ModerationRuleModal_rule\n    }\n    moderationWordLists {\n      ...ModerationWordListsForm_lists\n    }\n    moderationActions(automatic: true, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ModerationActionItem_action\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoModerationAction($input: ModerationActionInput!) {\n    undoModerationAction(input: $input) {\n      id\n      state\n      canUndo\n      decidedByName\n      decidedAt\n      caseId\n      platform\n      platformNote\n      comment {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UndoModerationAction($input: ModerationActionInput!) {\n    undoModerationAction(input: $input) {\n      id\n      state\n      canUndo\n      decidedByName\n      decidedAt\n      caseId\n      platform\n      platformNote\n      comment {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModerationRule($input: UpdateModerationRuleInput!) {\n    updateModerationRule(input: $input) {\n      id\n      ...ModerationRuleRow_rule\n      ...ModerationRuleModal_rule\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateModerationRule($input: UpdateModerationRuleInput!) {\n    updateModerationRule(input: $input) {\n      id\n      ...ModerationRuleRow_rule\n      ...ModerationRuleModal_rule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModerationWordLists($input: UpdateModerationWordListsInput!) {\n    updateModerationWordLists(input: $input) {\n      ...ModerationWordListsForm_lists\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateModerationWordLists($input: UpdateModerationWordListsInput!) {\n    updateModerationWordLists(input: $input) {\n      ...ModerationWordListsForm_lists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplyComposer_comment on Comment {\n    id\n    text\n    authorName\n    status\n    deletedAt\n    channel {\n      id\n      kind\n      connection {\n        state\n        canPostReplies\n      }\n    }\n    intents {\n      label\n    }\n    phi {\n      type\n      start\n      end\n    }\n    teamReplies {\n      ...ReplyFields\n    }\n  }\n"): (typeof documents)["\n  fragment ReplyComposer_comment on Comment {\n    id\n    text\n    authorName\n    status\n    deletedAt\n    channel {\n      id\n      kind\n      connection {\n        state\n        canPostReplies\n      }\n    }\n    intents {\n      label\n    }\n    phi {\n      type\n      start\n      end\n    }\n    teamReplies {\n      ...ReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplySettings {\n    organisationSettings {\n      hospitalName\n      patientRelationsPhone\n      patientRelationsEmail\n      patientRelationsUrl\n      nurseLine\n      mainPhone\n      billingPhone\n      emergencyNumber\n      crisisLine\n      poisonLine\n      visitorUrl\n      parkingUrl\n      recordsUrl\n      trustedDomains\n      signOff\n      approvalPolicy\n      aiDraftingEnabled\n    }\n  }\n"): (typeof documents)["\n  query ReplySettings {\n    organisationSettings {\n      hospitalName\n      patientRelationsPhone\n      patientRelationsEmail\n      patientRelationsUrl\n      nurseLine\n      mainPhone\n      billingPhone\n      emergencyNumber\n      crisisLine\n      poisonLine\n      visitorUrl\n      parkingUrl\n      recordsUrl\n      trustedDomains\n      signOff\n      approvalPolicy\n      aiDraftingEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplyApprovals {\n    replyApprovals(first: 100) {\n      id\n      ...ReplyFields\n      comment {\n        id\n        text\n        authorName\n        createdAt\n        urgency\n        hasPhi\n        channel {\n          id\n          kind\n          displayName\n        }\n        intents {\n          label\n        }\n        phi {\n          type\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReplyApprovals {\n    replyApprovals(first: 100) {\n      id\n      ...ReplyFields\n      comment {\n        id\n        text\n        authorName\n        createdAt\n        urgency\n        hasPhi\n        channel {\n          id\n          kind\n          displayName\n        }\n        intents {\n          label\n        }\n        phi {\n          type\n          start\n          end\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplyFields on Reply {\n    id\n    commentId\n    body\n    status\n    source\n    templateKey\n    authorId\n    authorName\n    submittedAt\n    reviewerName\n    reviewedAt\n    reviewNote\n    warningsAcknowledged\n    sentAt\n    delivery\n    posting {\n      id\n      state\n      error\n      attempts\n      permalink\n      postedAt\n      nextAttemptAt\n    }\n    revision\n    updatedAt\n    violations {\n      code\n      severity\n      message\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  fragment ReplyFields on Reply {\n    id\n    commentId\n    body\n    status\n    source\n    templateKey\n    authorId\n    authorName\n    submittedAt\n    reviewerName\n    reviewedAt\n    reviewNote\n    warningsAcknowledged\n    sentAt\n    delivery\n    posting {\n      id\n      state\n      error\n      attempts\n      permalink\n      postedAt\n      nextAttemptAt\n    }\n    revision\n    updatedAt\n    violations {\n      code\n      severity\n      message\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReply($input: SaveReplyInput!) {\n    saveReply(input: $input) {\n      id\n      ...ReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReply($input: SaveReplyInput!) {\n    saveReply(input: $input) {\n      id\n      ...ReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReply($replyId: ID!) {\n    submitReply(replyId: $replyId) {\n      id\n      ...ReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReply($replyId: ID!) {\n    submitReply(replyId: $replyId) {\n      id\n      ...ReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReply($replyId: ID!, $manual: Boolean) {\n    sendReply(replyId: $replyId, manual: $manual) {\n      id\n      ...ReplyFields\n      comment {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendReply($replyId: ID!, $manual: Boolean) {\n    sendReply(replyId: $replyId, manual: $manual) {\n      id\n      ...ReplyFields\n      comment {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryReplyDelivery($replyId: ID!) {\n    retryReplyDelivery(replyId: $replyId) {\n      id\n      ...ReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetryReplyDelivery($replyId: ID!) {\n    retryReplyDelivery(replyId: $replyId) {\n      id\n      ...ReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardReply($replyId: ID!) {\n    discardReply(replyId: $replyId)\n  }\n"): (typeof documents)["\n  mutation DiscardReply($replyId: ID!) {\n    discardReply(replyId: $replyId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveReply($input: ApproveReplyInput!) {\n    approveReply(input: $input) {\n      id\n      ...ReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveReply($input: ApproveReplyInput!) {\n    approveReply(input: $input) {\n      id\n      ...ReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectReply($input: RejectReplyInput!) {\n    rejectReply(input: $input) {\n      id\n      ...ReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectReply($input: RejectReplyInput!) {\n    rejectReply(input: $input) {\n      id\n      ...ReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplyPosting($commentId: ID!) {\n    comment(id: $commentId) {\n      id\n      status\n      teamReplies {\n        id\n        ...ReplyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReplyPosting($commentId: ID!) {\n    comment(id: $commentId) {\n      id\n      status\n      teamReplies {\n        id\n        ...ReplyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestReply($commentId: ID!, $ai: Boolean) {\n    suggestReply(commentId: $commentId, ai: $ai) {\n      reply\n      template\n      situation\n      action\n      source\n      fallbackReason\n    }\n  }\n"): (typeof documents)["\n  query SuggestReply($commentId: ID!, $ai: Boolean) {\n    suggestReply(commentId: $commentId, ai: $ai) {\n      reply\n      template\n      situation\n      action\n      source\n      fallbackReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentWorkloadTable_report on Report {\n    agents {\n      userId\n      name\n      repliesSent\n      labelCorrections\n    }\n  }\n"): (typeof documents)["\n  fragment AgentWorkloadTable_report on Report {\n    agents {\n      userId\n      name\n      repliesSent\n      labelCorrections\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CorrectionsTable_report on Report {\n    corrections {\n      field\n      label\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment CorrectionsTable_report on Report {\n    corrections {\n      field\n      label\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LabelMixChart_count on ReportLabelCount {\n    label\n    count\n    previous\n  }\n"): (typeof documents)["\n  fragment LabelMixChart_count on ReportLabelCount {\n    label\n    count\n    previous\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportKpis_report on Report {\n    comments {\n      current\n      previous\n      changePercent\n    }\n    negative {\n      current\n      previous\n      changePercent\n    }\n    repliesSent {\n      current\n      previous\n      changePercent\n    }\n    escalationsOpened {\n      current\n      previous\n      changePercent\n    }\n    escalationsResolved {\n      current\n      previous\n      changePercent\n    }\n    medianTimeToResolveSeconds\n  }\n"): (typeof documents)["\n  fragment ReportKpis_report on Report {\n    comments {\n      current\n      previous\n      changePercent\n    }\n    negative {\n      current\n      previous\n      changePercent\n    }\n    repliesSent {\n      current\n      previous\n      changePercent\n    }\n    escalationsOpened {\n      current\n      previous\n      changePercent\n    }\n    escalationsResolved {\n      current\n      previous\n      changePercent\n    }\n    medianTimeToResolveSeconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResponseTimes_report on Report {\n    responseTimes {\n      urgency\n      p50Seconds\n      p90Seconds\n      responded\n      slaMinutes\n      slaCompliance\n    }\n  }\n"): (typeof documents)["\n  fragment ResponseTimes_report on Report {\n    responseTimes {\n      urgency\n      p50Seconds\n      p90Seconds\n      responded\n      slaMinutes\n      slaCompliance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SentimentChart_report on Report {\n    sentiment {\n      bucket\n      negative\n      neutral\n      positive\n    }\n    sentimentShare {\n      label\n      count\n      previous\n    }\n  }\n"): (typeof documents)["\n  fragment SentimentChart_report on Report {\n    sentiment {\n      bucket\n      negative\n      neutral\n      positive\n    }\n    sentimentShare {\n      label\n      count\n      previous\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemesList_report on Report {\n    themes {\n      term\n      count\n      previousCount\n      change\n      examples {\n        commentId\n        excerpt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ThemesList_report on Report {\n    themes {\n      term\n      count\n      previousCount\n      change\n      examples {\n        commentId\n        excerpt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopPostsTable_report on Report {\n    topPosts {\n      postId\n      channelId\n      url\n      excerpt\n      comments\n      negative\n    }\n  }\n"): (typeof documents)["\n  fragment TopPostsTable_report on Report {\n    topPosts {\n      postId\n      channelId\n      url\n      excerpt\n      comments\n      negative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolumeChart_report on Report {\n    volume {\n      bucket\n      channelId\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment VolumeChart_report on Report {\n    volume {\n      bucket\n      channelId\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeSpike($id: ID!) {\n    acknowledgeSpike(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeSpike($id: ID!) {\n    acknowledgeSpike(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveSpikes {\n    activeSpikes {\n      id\n      acknowledgedAt\n      ...SpikeDetails_spike\n    }\n  }\n"): (typeof documents)["\n  query ActiveSpikes {\n    activeSpikes {\n      id\n      acknowledgedAt\n      ...SpikeDetails_spike\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportChannels {\n    channels {\n      id\n      kind\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query ReportChannels {\n    channels {\n      id\n      kind\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPage($filter: ReportFilterInput!) {\n    report(filter: $filter) {\n      range {\n        from\n        to\n        granularity\n        previousFrom\n        previousTo\n      }\n      comments {\n        current\n      }\n      intents {\n        ...LabelMixChart_count\n      }\n      urgencies {\n        ...LabelMixChart_count\n      }\n      spikes {\n        id\n        ...SpikeDetails_spike\n      }\n      ...ReportKpis_report\n      ...VolumeChart_report\n      ...SentimentChart_report\n      ...ResponseTimes_report\n      ...ThemesList_report\n      ...TopPostsTable_report\n      ...AgentWorkloadTable_report\n      ...CorrectionsTable_report\n    }\n  }\n"): (typeof documents)["\n  query ReportPage($filter: ReportFilterInput!) {\n    report(filter: $filter) {\n      range {\n        from\n        to\n        granularity\n        previousFrom\n        previousTo\n      }\n      comments {\n        current\n      }\n      intents {\n        ...LabelMixChart_count\n      }\n      urgencies {\n        ...LabelMixChart_count\n      }\n      spikes {\n        id\n        ...SpikeDetails_spike\n      }\n      ...ReportKpis_report\n      ...VolumeChart_report\n      ...SentimentChart_report\n      ...ResponseTimes_report\n      ...ThemesList_report\n      ...TopPostsTable_report\n      ...AgentWorkloadTable_report\n      ...CorrectionsTable_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpikeDetails_spike on ReportSpike {\n    id\n    kind\n    channelId\n    count\n    expected\n    ratio\n    reason\n    raisedAt\n    windowStart\n    windowEnd\n    acknowledgedAt\n  }\n"): (typeof documents)["\n  fragment SpikeDetails_spike on ReportSpike {\n    id\n    kind\n    channelId\n    count\n    expected\n    ratio\n    reason\n    raisedAt\n    windowStart\n    windowEnd\n    acknowledgedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpikeSettings {\n    spikeSettings {\n      multiplier\n      minCount\n      minIncrease\n    }\n  }\n"): (typeof documents)["\n  query SpikeSettings {\n    spikeSettings {\n      multiplier\n      minCount\n      minIncrease\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSpikeSettings($input: SpikeSettingsInput!) {\n    updateSpikeSettings(input: $input) {\n      multiplier\n      minCount\n      minIncrease\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSpikeSettings($input: SpikeSettingsInput!) {\n    updateSpikeSettings(input: $input) {\n      multiplier\n      minCount\n      minIncrease\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AiDraftingSettings {\n    aiDraftingSettings {\n      enabled\n      baseUrl\n      model\n      hasApiKey\n      timeoutMs\n    }\n  }\n"): (typeof documents)["\n  query AiDraftingSettings {\n    aiDraftingSettings {\n      enabled\n      baseUrl\n      model\n      hasApiKey\n      timeoutMs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      hospitalName\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      hospitalName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAiDrafting($input: UpdateAiDraftingInput!) {\n    updateAiDrafting(input: $input) {\n      enabled\n      baseUrl\n      model\n      hasApiKey\n      timeoutMs\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAiDrafting($input: UpdateAiDraftingInput!) {\n    updateAiDrafting(input: $input) {\n      enabled\n      baseUrl\n      model\n      hasApiKey\n      timeoutMs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRow_token on ApiToken {\n    id\n    name\n    role\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenRow_token on ApiToken {\n    id\n    name\n    role\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow_user on User {\n    id\n    email\n    displayName\n    role\n    active\n    deactivatedAt\n    lastSignInAt\n    lockedUntil\n    createdAt\n  }\n"): (typeof documents)["\n  fragment MemberRow_user on User {\n    id\n    email\n    displayName\n    role\n    active\n    deactivatedAt\n    lastSignInAt\n    lockedUntil\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        ...ApiTokenRow_token\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        ...ApiTokenRow_token\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...MemberRow_user\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...MemberRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n      ...MemberRow_user\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      id\n      ...MemberRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      ...ApiTokenRow_token\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      ...ApiTokenRow_token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPage {\n    users {\n      id\n      ...MemberRow_user\n    }\n    apiTokens {\n      id\n      ...ApiTokenRow_token\n    }\n  }\n"): (typeof documents)["\n  query TeamPage {\n    users {\n      id\n      ...MemberRow_user\n    }\n    apiTokens {\n      id\n      ...ApiTokenRow_token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...MemberRow_user\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...MemberRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplyTemplateFields on ReplyTemplate {\n    key\n    name\n    situation\n    body\n    shortBody\n    builtIn\n    customised\n    enabled\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ReplyTemplateFields on ReplyTemplate {\n    key\n    name\n    situation\n    body\n    shortBody\n    builtIn\n    customised\n    enabled\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplyTemplates {\n    replyTemplates {\n      ...ReplyTemplateFields\n    }\n  }\n"): (typeof documents)["\n  query ReplyTemplates {\n    replyTemplates {\n      ...ReplyTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewReplyTemplate($input: ReplyTemplateInput!) {\n    previewReplyTemplate(input: $input) {\n      sample\n      reply\n      check {\n        compliant\n        violations {\n          code\n          severity\n          message\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewReplyTemplate($input: ReplyTemplateInput!) {\n    previewReplyTemplate(input: $input) {\n      sample\n      reply\n      check {\n        compliant\n        violations {\n          code\n          severity\n          message\n          start\n          end\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReplyTemplate($input: ReplyTemplateInput!) {\n    createReplyTemplate(input: $input) {\n      ...ReplyTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReplyTemplate($input: ReplyTemplateInput!) {\n    createReplyTemplate(input: $input) {\n      ...ReplyTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReplyTemplate($input: UpdateReplyTemplateInput!) {\n    updateReplyTemplate(input: $input) {\n      ...ReplyTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReplyTemplate($input: UpdateReplyTemplateInput!) {\n    updateReplyTemplate(input: $input) {\n      ...ReplyTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetReplyTemplate($key: String!) {\n    resetReplyTemplate(key: $key)\n  }\n"): (typeof documents)["\n  mutation ResetReplyTemplate($key: String!) {\n    resetReplyTemplate(key: $key)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;