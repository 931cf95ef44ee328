import { z } from 'zod';
import { empty } from './fields';

// The desktop app's own calls, answered by its main process and never sent to any server: which office is open,
// connect to an office server, back to this computer's office. They travel through the same single `invoke` as
// every procedure (the preload stays one function); main parses each input with these strict schemas.

export const officeConnectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local') }),
  z.object({
    kind: z.literal('office'),
    /** The office server's origin, e.g. https://rapport.example.edu. */
    origin: z.string(),
    /** SHA-256 fingerprint of the CA the person chose to trust for it, or null (the usual authorities only). */
    caFingerprint: z.string().nullable(),
    /** Whether the session can be kept between runs (encrypted with the OS keychain); if not, sign in each time. */
    keepsSession: z.boolean(),
  }),
]);
export type OfficeConnection = z.infer<typeof officeConnectionSchema>;

export const desktopOfficeProcedures = {
  'desktop.office': { input: empty, output: officeConnectionSchema },
  'desktop.connect': {
    input: z.strictObject({
      address: z.string().trim().min(1, 'is required').max(2048, 'must be at most 2048 characters'),
      /** A CA certificate (PEM) the person chose to trust for this office, or null. */
      ca: z
        .string()
        .max(64 * 1024, 'must be at most 64 KB')
        .nullable(),
    }),
    output: officeConnectionSchema,
  },
  'desktop.disconnect': { input: empty, output: officeConnectionSchema },
  /**
   * Single sign-on with the office server open now: main opens its start address for the protocol in a sign-in
   * window of its own and takes over the session the server starts there (electron/remote/sso-session.ts).
   */
  'desktop.signInWithSso': { input: z.strictObject({ protocol: z.enum(['oidc', 'saml']) }), output: officeConnectionSchema },
} as const;
export type DesktopOfficeProcedure = keyof typeof desktopOfficeProcedures;

export function isDesktopOfficeProcedure(name: string): name is DesktopOfficeProcedure {
  return Object.hasOwn(desktopOfficeProcedures, name);
}

/** The name of the open office, for the window title and the Shell. */
export function officeLabel(connection: OfficeConnection): string {
  return connection.kind === 'local' ? 'This computer’s office' : new URL(connection.origin).host;
}
