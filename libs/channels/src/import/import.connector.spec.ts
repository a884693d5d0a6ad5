import { ImportConnector } from './import.connector';

describe('ImportConnector', () => {
  const connector = new ImportConnector();

  it('has nothing to poll', async () => {
    await expect(connector.fetchSince()).resolves.toEqual({
      events: [],
      nextCursor: null,
      hasMore: false,
    });
  });

  it('refuses to re-read rather than reporting imported comments deleted', async () => {
    await expect(connector.refresh()).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('cannot reply', async () => {
    expect(connector.capabilities.reply).toBe(false);
    await expect(connector.postReply()).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('has never posted a reply to find', async () => {
    await expect(connector.findPostedReply()).resolves.toBeNull();
  });
});
