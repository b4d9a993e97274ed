// The Chrome extension id a manifest `key` gives: the first 32 hex digits of the SHA-256 of the
// public key (DER), each digit 0-f written as a-p. `node scripts/extension-id.mjs keys/org.pub`.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The extension id for a base64 DER public key (the manifest's `key`). */
export function extensionIdFromKey(base64Key) {
  const hex = createHash('sha256').update(Buffer.from(base64Key.trim(), 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: node scripts/extension-id.mjs <public key file (base64 DER)>');
    process.exit(2);
  }
  console.log(extensionIdFromKey(readFileSync(file, 'utf8')));
}
