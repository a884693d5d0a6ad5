import { ApolloLink } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { type DocumentNode, execute, type GraphQLSchema, Kind, OperationTypeNode } from 'graphql';
import { Observable } from 'rxjs';

type Listener = (payload: unknown) => void;

/**
 * The fake server's push channel. A `SchemaLink` would run a subscription once, like a query,
 * and the schema mocks would invent an event: every open dashboard in every spec would then see
 * a random notification or inbox change. Instead subscriptions stay open and quiet until a spec
 * publishes an event for their root field, as the real server does over graphql-ws.
 */
export function createFakeSubscriptions() {
  const listeners = new Map<string, Set<Listener>>();
  return {
    /**
     * Pushes `payload` (the root field's value, e.g. a Notification) to every open subscription
     * on `field`; returns how many there were, so a spec can wait for the dashboard to listen.
     */
    publish: (field: string, payload: unknown): number => {
      const open = [...(listeners.get(field) ?? [])];
      open.forEach((listener) => listener(payload));
      return open.length;
    },
    /** How many subscriptions on `field` are open now. */
    count: (field: string): number => {
      return listeners.get(field)?.size ?? 0;
    },
    listen: (field: string, listener: Listener): (() => void) => {
      const set = listeners.get(field) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(field, set);
      return () => set.delete(listener);
    },
  };
}

export type FakeSubscriptions = ReturnType<typeof createFakeSubscriptions>;

export function isSubscription(query: DocumentNode): boolean {
  const definition = getMainDefinition(query);
  return (
    definition.kind === Kind.OPERATION_DEFINITION &&
    definition.operation === OperationTypeNode.SUBSCRIPTION
  );
}

function rootFieldOf(query: DocumentNode): string {
  const definition = getMainDefinition(query);
  const field = definition.selectionSet.selections.find(
    (selection) => selection.kind === Kind.FIELD,
  );
  if (!field || field.kind !== Kind.FIELD) {
    throw new Error('A subscription must select one root field');
  }
  return field.name.value;
}

/**
 * Runs each published event through the subscription's own document against the schema, so the
 * dashboard receives exactly the fields it selected, shaped and typed as the server sends them.
 */
export class FakeSubscriptionLink extends ApolloLink {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly subscriptions: FakeSubscriptions,
  ) {
    super();
  }

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    const field = rootFieldOf(operation.query);
    return new Observable<ApolloLink.Result>((observer) =>
      this.subscriptions.listen(field, (payload) => {
        void Promise.resolve(
          execute({
            schema: this.schema,
            document: operation.query,
            rootValue: { [field]: payload },
            variableValues: operation.variables,
            operationName: operation.operationName,
          }),
        ).then((result) => {
          if (!observer.closed) {
            observer.next(result as ApolloLink.Result);
          }
        });
      }),
    );
  }
}
