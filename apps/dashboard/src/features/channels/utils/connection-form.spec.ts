import {
  CONNECTABLE_KINDS,
  credentialLabel,
  EMPTY_CONNECTION,
  fieldsOfConnection,
  toConnectChannelInput,
  toUpdateConnectionInput,
  validateConnection,
} from './connection-form';

describe('the channel connection form', () => {
  it('offers every platform with something to connect, and never import', () => {
    expect(CONNECTABLE_KINDS).toEqual([
      'facebook',
      'instagram',
      'x',
      'youtube',
      'google_review',
      'blog',
    ]);
  });

  it('asks for the account and the required credentials of the platform', () => {
    expect(validateConnection(EMPTY_CONNECTION, 'connect')).toEqual({
      kind: 'Choose the platform.',
    });
    expect(validateConnection({ ...EMPTY_CONNECTION, kind: 'blog' }, 'connect')).toEqual({
      accountRef: 'Site URL is required.',
      'credentials.username': 'WordPress user is required.',
      'credentials.applicationPassword': 'Application password is required.',
    });
    expect(
      validateConnection(
        {
          ...EMPTY_CONNECTION,
          kind: 'x',
          accountRef: '44196397',
          credentials: { accessToken: 'token' },
          baseUrl: 'ftp://proxy',
          pollIntervalSeconds: 5,
        },
        'connect',
      ),
    ).toEqual({
      baseUrl: 'The API base URL must be an http:// or https:// URL.',
      pollIntervalSeconds: 'The poll interval must be 15–3600 seconds.',
    });
  });

  it('requires no credential when editing: a blank one keeps the stored value', () => {
    const initial = fieldsOfConnection({
      kind: 'facebook',
      displayName: 'Riverside',
      externalAccountId: '1029384756',
      baseUrl: null,
      pollIntervalSeconds: 60,
    });
    expect(validateConnection(initial, 'edit')).toEqual({});
  });

  it('sends the typed credentials in the spec’s order, trimmed, without blank ones', () => {
    expect(
      toConnectChannelInput({
        ...EMPTY_CONNECTION,
        kind: 'facebook',
        displayName: ' Riverside ',
        accountRef: ' 1029384756 ',
        credentials: { verifyToken: ' v ', appSecret: '', accessToken: 'EAAB' },
        baseUrl: ' ',
      }),
    ).toEqual({
      kind: 'FACEBOOK',
      displayName: 'Riverside',
      accountRef: '1029384756',
      credentials: [
        { name: 'accessToken', value: 'EAAB' },
        { name: 'verifyToken', value: 'v' },
      ],
      pollIntervalSeconds: 60,
    });
  });

  it('updates only what changed', () => {
    const initial = fieldsOfConnection({
      kind: 'youtube',
      displayName: 'Riverside · YouTube',
      externalAccountId: 'UCriverside',
      baseUrl: 'http://localhost:9000',
      pollIntervalSeconds: 60,
    });
    expect(toUpdateConnectionInput(initial, { ...initial, kind: 'youtube' })).toEqual({});
    expect(
      toUpdateConnectionInput(initial, {
        ...initial,
        kind: 'youtube',
        displayName: 'Riverside on YouTube',
        credentials: { accessToken: 'ya29.new' },
        baseUrl: '',
      }),
    ).toEqual({
      displayName: 'Riverside on YouTube',
      credentials: [{ name: 'accessToken', value: 'ya29.new' }],
      baseUrl: '',
    });
  });

  it('names stored credentials as the admin typed them', () => {
    expect(credentialLabel('facebook', 'accessToken')).toBe('Page access token');
    expect(credentialLabel('instagram', 'accessToken')).toBe('Access token');
    expect(credentialLabel('x', 'somethingElse')).toBe('somethingElse');
  });
});
