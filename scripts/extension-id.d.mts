/** The Chrome extension id a manifest `key` (base64 DER public key) gives (see extension-id.mjs). */
export function extensionIdFromKey(base64Key: string): string;
