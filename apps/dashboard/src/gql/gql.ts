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
    "\n  fragment CommentDetail_comment on Comment {\n    id\n    url\n    status\n    hasPhi\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n    post {\n      id\n      ...PostContext_post\n    }\n    ancestors {\n      id\n      ...ThreadComment_comment\n    }\n    replies {\n      id\n      ...ThreadComment_comment\n    }\n    ...ThreadComment_comment\n    ...TriageSummary_comment\n    ...StatusActions_comment\n    ...CommentFacts_comment\n  }\n": typeof types.CommentDetail_CommentFragmentDoc,
    "\n  fragment CommentFacts_comment on Comment {\n    id\n    createdAt\n    receivedAt\n    editedAt\n    deletedAt\n    statusChangedAt\n    revision\n  }\n": typeof types.CommentFacts_CommentFragmentDoc,
    "\n  fragment PostContext_post on Post {\n    id\n    text\n    url\n    publishedAt\n  }\n": typeof types.PostContext_PostFragmentDoc,
    "\n  fragment StatusActions_comment on Comment {\n    id\n    status\n  }\n": typeof types.StatusActions_CommentFragmentDoc,
    "\n  fragment ThreadComment_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    rating\n    status\n    phi {\n      start\n      end\n      type\n    }\n  }\n": typeof types.ThreadComment_CommentFragmentDoc,
    "\n  fragment TriageSummary_comment on Comment {\n    id\n    urgency\n    sentiment\n    sentimentScore\n    hasPhi\n    phi {\n      type\n    }\n    intents {\n      label\n      confidence\n    }\n    triageReasons {\n      label\n      cues\n    }\n    triageModelVersion\n    triageCorrections {\n      id\n      field\n      previous\n      corrected\n      correctedBy\n      correctedAt\n      modelVersion\n    }\n  }\n": typeof types.TriageSummary_CommentFragmentDoc,
    "\n  query CommentDetail($id: ID!) {\n    comment(id: $id) {\n      id\n      ...CommentDetail_comment\n    }\n  }\n": typeof types.CommentDetailDocument,
    "\n  mutation CorrectTriage($input: CorrectTriageInput!) {\n    correctTriage(input: $input) {\n      id\n      urgency\n      sentiment\n      intents {\n        label\n        confidence\n      }\n      ...TriageSummary_comment\n    }\n  }\n": typeof types.CorrectTriageDocument,
    "\n  mutation UpdateCommentStatus($input: UpdateCommentStatusInput!) {\n    updateCommentStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n    }\n  }\n": typeof types.UpdateCommentStatusDocument,
    "\n  fragment CommentRow_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    status\n    hasPhi\n    rating\n    replyCount\n    sentiment\n    urgency\n    intents {\n      label\n      confidence\n    }\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n  }\n": typeof types.CommentRow_CommentFragmentDoc,
    "\n  fragment InboxList_connection on CommentConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        status\n        ...CommentRow_comment\n      }\n    }\n  }\n": typeof types.InboxList_ConnectionFragmentDoc,
    "\n  fragment InboxTabs_counts on InboxCounts {\n    new\n    inProgress\n    replied\n    escalated\n    closed\n    hidden\n    total\n  }\n": typeof types.InboxTabs_CountsFragmentDoc,
    "\n  query InboxCounts($countsFilter: CommentFilter) {\n    inboxCounts(filter: $countsFilter) {\n      ...InboxTabs_counts\n    }\n  }\n": typeof types.InboxCountsDocument,
    "\n  query InboxNextPage($filter: CommentFilter, $orderBy: CommentOrder, $first: Int, $after: String) {\n    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...InboxList_connection\n    }\n  }\n": typeof types.InboxNextPageDocument,
    "\n  query Inbox(\n    $filter: CommentFilter\n    $countsFilter: CommentFilter\n    $orderBy: CommentOrder\n    $first: Int\n    $after: String\n  ) {\n    sampleDataLoaded\n    everything: inboxCounts {\n      total\n    }\n    inboxCounts(filter: $countsFilter) {\n      ...InboxTabs_counts\n    }\n    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...InboxList_connection\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation LoadSampleData {\n    loadSampleData {\n      accepted\n      duplicates\n    }\n  }\n": typeof types.LoadSampleDataDocument,
    "\n  mutation RemoveSampleData {\n    removeSampleData\n  }\n": typeof types.RemoveSampleDataDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment CommentDetail_comment on Comment {\n    id\n    url\n    status\n    hasPhi\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n    post {\n      id\n      ...PostContext_post\n    }\n    ancestors {\n      id\n      ...ThreadComment_comment\n    }\n    replies {\n      id\n      ...ThreadComment_comment\n    }\n    ...ThreadComment_comment\n    ...TriageSummary_comment\n    ...StatusActions_comment\n    ...CommentFacts_comment\n  }\n": types.CommentDetail_CommentFragmentDoc,
    "\n  fragment CommentFacts_comment on Comment {\n    id\n    createdAt\n    receivedAt\n    editedAt\n    deletedAt\n    statusChangedAt\n    revision\n  }\n": types.CommentFacts_CommentFragmentDoc,
    "\n  fragment PostContext_post on Post {\n    id\n    text\n    url\n    publishedAt\n  }\n": types.PostContext_PostFragmentDoc,
    "\n  fragment StatusActions_comment on Comment {\n    id\n    status\n  }\n": types.StatusActions_CommentFragmentDoc,
    "\n  fragment ThreadComment_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    rating\n    status\n    phi {\n      start\n      end\n      type\n    }\n  }\n": types.ThreadComment_CommentFragmentDoc,
    "\n  fragment TriageSummary_comment on Comment {\n    id\n    urgency\n    sentiment\n    sentimentScore\n    hasPhi\n    phi {\n      type\n    }\n    intents {\n      label\n      confidence\n    }\n    triageReasons {\n      label\n      cues\n    }\n    triageModelVersion\n    triageCorrections {\n      id\n      field\n      previous\n      corrected\n      correctedBy\n      correctedAt\n      modelVersion\n    }\n  }\n": types.TriageSummary_CommentFragmentDoc,
    "\n  query CommentDetail($id: ID!) {\n    comment(id: $id) {\n      id\n      ...CommentDetail_comment\n    }\n  }\n": types.CommentDetailDocument,
    "\n  mutation CorrectTriage($input: CorrectTriageInput!) {\n    correctTriage(input: $input) {\n      id\n      urgency\n      sentiment\n      intents {\n        label\n        confidence\n      }\n      ...TriageSummary_comment\n    }\n  }\n": types.CorrectTriageDocument,
    "\n  mutation UpdateCommentStatus($input: UpdateCommentStatusInput!) {\n    updateCommentStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n    }\n  }\n": types.UpdateCommentStatusDocument,
    "\n  fragment CommentRow_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    status\n    hasPhi\n    rating\n    replyCount\n    sentiment\n    urgency\n    intents {\n      label\n      confidence\n    }\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n  }\n": types.CommentRow_CommentFragmentDoc,
    "\n  fragment InboxList_connection on CommentConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        status\n        ...CommentRow_comment\n      }\n    }\n  }\n": types.InboxList_ConnectionFragmentDoc,
    "\n  fragment InboxTabs_counts on InboxCounts {\n    new\n    inProgress\n    replied\n    escalated\n    closed\n    hidden\n    total\n  }\n": types.InboxTabs_CountsFragmentDoc,
    "\n  query InboxCounts($countsFilter: CommentFilter) {\n    inboxCounts(filter: $countsFilter) {\n      ...InboxTabs_counts\n    }\n  }\n": types.InboxCountsDocument,
    "\n  query InboxNextPage($filter: CommentFilter, $orderBy: CommentOrder, $first: Int, $after: String) {\n    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...InboxList_connection\n    }\n  }\n": types.InboxNextPageDocument,
    "\n  query Inbox(\n    $filter: CommentFilter\n    $countsFilter: CommentFilter\n    $orderBy: CommentOrder\n    $first: Int\n    $after: String\n  ) {\n    sampleDataLoaded\n    everything: inboxCounts {\n      total\n    }\n    inboxCounts(filter: $countsFilter) {\n      ...InboxTabs_counts\n    }\n    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...InboxList_connection\n    }\n  }\n": types.InboxDocument,
    "\n  mutation LoadSampleData {\n    loadSampleData {\n      accepted\n      duplicates\n    }\n  }\n": types.LoadSampleDataDocument,
    "\n  mutation RemoveSampleData {\n    removeSampleData\n  }\n": types.RemoveSampleDataDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": types.ViewerDocument,
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
export function graphql(source: "\n  fragment CommentDetail_comment on Comment {\n    id\n    url\n    status\n    hasPhi\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n    post {\n      id\n      ...PostContext_post\n    }\n    ancestors {\n      id\n      ...ThreadComment_comment\n    }\n    replies {\n      id\n      ...ThreadComment_comment\n    }\n    ...ThreadComment_comment\n    ...TriageSummary_comment\n    ...StatusActions_comment\n    ...CommentFacts_comment\n  }\n"): (typeof documents)["\n  fragment CommentDetail_comment on Comment {\n    id\n    url\n    status\n    hasPhi\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n    post {\n      id\n      ...PostContext_post\n    }\n    ancestors {\n      id\n      ...ThreadComment_comment\n    }\n    replies {\n      id\n      ...ThreadComment_comment\n    }\n    ...ThreadComment_comment\n    ...TriageSummary_comment\n    ...StatusActions_comment\n    ...CommentFacts_comment\n  }\n"];
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
export function graphql(source: "\n  fragment CommentRow_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    status\n    hasPhi\n    rating\n    replyCount\n    sentiment\n    urgency\n    intents {\n      label\n      confidence\n    }\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n  }\n"): (typeof documents)["\n  fragment CommentRow_comment on Comment {\n    id\n    authorName\n    authorHandle\n    createdAt\n    text\n    status\n    hasPhi\n    rating\n    replyCount\n    sentiment\n    urgency\n    intents {\n      label\n      confidence\n    }\n    channel {\n      id\n      kind\n      displayName\n      isSample\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;