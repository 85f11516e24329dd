/** `semantic-studio keys init|rotate`: the encryption key of a workspace, from the command line. */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { StudioError } from '../../shared/errors';
import { createKeyFile, KEY_ENV_VAR } from '../governance/crypto/key-source';
import { fieldKeyFrom } from '../governance/crypto/field-key';
import { rotateKey } from '../governance/crypto/rotate-key';
import { openWorkspaceStore } from '../workspace/open-workspace-store';
import { UsageError } from './usage-error';

export const KEYS_HELP = `Usage: semantic-studio keys init|rotate --workspace DIR [--key-file FILE]

  init      create a new random key file (default DIR/studio.key, owner-only permissions)
  rotate    re-encrypt every encrypted field under a new key, in one transaction.
            The new key is written to FILE.next first; once the database is re-encrypted,
            FILE becomes FILE.previous and FILE.next becomes FILE. Keep FILE.previous
            until you have checked the workspace opens.
The current key comes from ${KEY_ENV_VAR} when set, else from the key file.
Prints one JSON object with the result.`;

/** Runs the command. */
export async function keysCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { workspace: { type: 'string' }, 'key-file': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(KEYS_HELP);
    return;
  }
  const [action] = positionals;
  if (action !== 'init' && action !== 'rotate') throw new UsageError(`keys takes init or rotate\n\n${KEYS_HELP}`);
  if (!values.workspace) throw new UsageError('keys needs --workspace DIR');
  const { workspace, governed } = await openWorkspaceStore({ workspace: values.workspace, keyFile: values['key-file'] });
  const keyFile = values['key-file'] ?? workspace.keyFile;
  try {
    if (action === 'init') {
      const key = fieldKeyFrom(createKeyFile(keyFile));
      console.log(JSON.stringify({ keyFile, keyId: key.id }));
      return;
    }
    const current = governed.governance.keyState();
    if (!current.key) throw new StudioError('LOCKED', `Cannot rotate: ${current.problem ?? 'no key is available'}`);
    const next = `${keyFile}.next`;
    if (existsSync(next)) throw new StudioError('CONFLICT', `${next} exists from an earlier rotation: check which key the workspace opens with, then remove it`);
    const fresh = fieldKeyFrom(createKeyFile(next));
    let result;
    try {
      result = await rotateKey(governed.governance.raw(), governed.governance.policy().encryptedTypes(), current.key, fresh);
    } catch (error) {
      rmSync(next);
      throw error;
    }
    if (existsSync(keyFile)) renameSync(keyFile, `${keyFile}.previous`);
    renameSync(next, keyFile);
    if (process.env[KEY_ENV_VAR]) console.error(`${KEY_ENV_VAR} still holds the old key: replace it with the contents of ${keyFile}.`);
    console.log(JSON.stringify({ keyFile, previousKeyId: current.key.id, keyId: fresh.id, ...result }));
  } finally {
    governed.close();
  }
}
