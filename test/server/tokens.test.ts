import { createHash } from 'node:crypto';
import { TokenError } from '@/server/errors/TokenError';
import { createToken, findActiveToken, hashToken, listTokens, revokeToken } from '@/server/tokens';
import { dialects, useStoreFixture } from './support/useStoreFixture';

describe.each(dialects)('API tokens on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);
  const db = () => fixture().database.db;

  it('creates a token shown once: sc_ + 32 random bytes in base64url, only its sha256 stored', async () => {
    const created = await createToken(db(), 'alice');

    expect(created.token).toMatch(/^sc_[A-Za-z0-9_-]{43}$/);
    const rows = await db().selectFrom('api_tokens').selectAll().where('id', '=', created.id).execute();
    expect(rows).toEqual([
      {
        id: created.id,
        name: 'alice',
        token_hash: createHash('sha256').update(created.token).digest('hex'),
        created_at: created.createdAt,
        revoked_at: null,
        label: null,
      },
    ]);
    expect(JSON.stringify(await db().selectFrom('api_tokens').selectAll().execute())).not.toContain(created.token.slice(3));
    expect(hashToken(created.token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives a different token every time', async () => {
    const first = await createToken(db(), 'twin-1');
    const second = await createToken(db(), 'twin-2');
    expect(first.token).not.toBe(second.token);
  });

  it('finds the active token behind a plaintext, and nothing for an unknown one', async () => {
    const created = await createToken(db(), 'bob');
    expect(await findActiveToken(db(), created.token)).toEqual({ id: created.id, name: 'bob', author: 'bob' });
    expect(await findActiveToken(db(), `${created.token}x`)).toBeNull();
  });

  it.each(['', 'has space', 'x'.repeat(65), 'semi;colon'])('refuses the name %j', async (name) => {
    await expect(createToken(db(), name)).rejects.toEqual(new TokenError('token_name_invalid', name));
  });

  it('refuses a second active token with the same name, and allows it once the first is revoked', async () => {
    const first = await createToken(db(), 'pane');
    await expect(createToken(db(), 'pane')).rejects.toMatchObject({ code: 'token_name_taken', tokenName: 'pane' });

    const revoked = await revokeToken(db(), 'pane');
    expect(revoked).toMatchObject({ id: first.id, name: 'pane', revokedAt: expect.any(String) });
    expect(await findActiveToken(db(), first.token)).toBeNull();

    const second = await createToken(db(), 'pane');
    expect(await findActiveToken(db(), second.token)).toEqual({ id: second.id, name: 'pane', author: 'pane' });
  });

  it('revokes by id too, and says when there is nothing to revoke', async () => {
    const created = await createToken(db(), 'by-id');
    await revokeToken(db(), created.id);
    await expect(revokeToken(db(), created.id)).rejects.toMatchObject({ code: 'token_not_found' });
    await expect(revokeToken(db(), 'never-existed')).rejects.toMatchObject({ code: 'token_not_found' });
  });

  it('lists every token, revoked ones included, oldest first, never a hash or a token', async () => {
    const listed = await listTokens(db());
    const names = listed.map((token) => token.name);
    expect(names[0]).toBe('test');
    expect(names).toEqual(expect.arrayContaining(['alice', 'bob', 'pane', 'by-id']));
    expect(listed.find((token) => token.name === 'by-id')?.revokedAt).toEqual(expect.any(String));
    expect(listed.find((token) => token.name === 'alice')?.revokedAt).toBeNull();
    expect(Object.keys(listed[0] ?? {}).sort()).toEqual(['createdAt', 'id', 'label', 'name', 'revokedAt']);
  });
});
