import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { messageForAdmin } from '../../team/utils/server-message';
import {
  PauseChannelMutation,
  PollChannelNowMutation,
  ResumeChannelMutation,
  TestChannelConnectionMutation,
} from '../graphql/channel-mutations';
import { ChannelsPageQuery } from '../graphql/channels-page.query';

/** What the last action on a channel came to, for the notice under its buttons. */
export interface ChannelNotice {
  ok: boolean;
  title: string;
  message: string;
}

function plural(count: number, one: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : `${one}s`}`;
}

/**
 * Test, poll now, pause and resume for one channel, each ending in a notice. Polling stores
 * comments and moves the schedule, so the page is read again after it.
 */
export function useChannelChecks(channelId: string) {
  const [notice, setNotice] = useState<ChannelNotice | null>(null);
  const [test, testing] = useMutation(TestChannelConnectionMutation);
  const [poll, polling] = useMutation(PollChannelNowMutation, {
    refetchQueries: [ChannelsPageQuery],
  });
  const [pause, pausing] = useMutation(PauseChannelMutation);
  const [resume, resuming] = useMutation(ResumeChannelMutation);

  async function run(failedTitle: string, action: () => Promise<ChannelNotice | null>) {
    try {
      setNotice(await action());
    } catch (error) {
      setNotice({ ok: false, title: failedTitle, message: messageForAdmin(error) });
    }
  }

  return {
    notice,
    dismiss: () => setNotice(null),
    isBusy: testing.loading || polling.loading || pausing.loading || resuming.loading,
    isTesting: testing.loading,
    isPolling: polling.loading,
    test: () =>
      run('Connection test failed', async () => {
        const result = (await test({ variables: { channelId } })).data!.testChannelConnection;
        return {
          ok: result.ok,
          title: result.ok ? 'Connection works' : 'Connection test failed',
          message: result.message,
        };
      }),
    pollNow: () =>
      run('Polling failed', async () => {
        const result = (await poll({ variables: { channelId } })).data!.pollChannelNow;
        const counts = `${plural(result.stored, 'new comment')} stored, ${result.updated.toLocaleString('en')} updated, ${result.deleted.toLocaleString('en')} deleted.`;
        return {
          ok: result.ok,
          title: result.ok ? 'Polled' : 'Polling failed',
          message: result.message ? `${counts} ${result.message}` : counts,
        };
      }),
    pause: () =>
      run('Not paused', async () => {
        await pause({ variables: { channelId } });
        return null;
      }),
    resume: () =>
      run('Not resumed', async () => {
        await resume({ variables: { channelId } });
        return null;
      }),
  };
}
