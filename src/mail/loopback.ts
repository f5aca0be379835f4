/**
 * Whether a mail server's host name is this machine: 127.0.0.0/8, ::1 or
 * localhost. Only there may a password travel without encryption (tests and
 * local bridges such as a Proton Mail bridge); everywhere else sign-in needs
 * TLS unless the seeker opts out explicitly.
 */

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost)$/i;

/** True for a host only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}
