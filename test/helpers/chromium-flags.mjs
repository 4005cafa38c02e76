// The flags Debian's Chromium runs with in every test and bench here: as root it needs --no-sandbox,
// and with no network but loopback, anything that calls home must be off (TOOLCHAIN.md).
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
