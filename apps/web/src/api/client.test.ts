import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError, api } from './client';

const answer = (status: number, body: string) =>
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { status }));

afterEach(() => vi.restoreAllMocks());

describe('api client errors', () => {
  it("throws the server's code and localised message from a well-formed error", async () => {
    answer(
      409,
      JSON.stringify({
        error: { code: 'stale_version', message: 'Modifié par Salma — rechargez', details: null },
      }),
    );
    const error = await api('/plans/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({
      status: 409,
      code: 'stale_version',
      message: 'Modifié par Salma — rechargez',
    });
  });

  it('falls back to a generic message when a proxy answers with its own page', async () => {
    answer(502, '<html>Bad gateway</html>');
    await expect(api('/plans')).rejects.toMatchObject({ status: 502, code: 'internal' });
  });
});
