import { execFileSync } from 'node:child_process';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCertificates, getCaCertificateStatus, installCaCertificate, uninstallCaCertificate } from 'office-addin-dev-certs';

/** The files office-addin-dev-certs uses: ~/.office-addin-dev-certs/{ca.crt,localhost.crt,localhost.key}. */
export type CertificateFiles = { dir: string; caFile: string; certFile: string; keyFile: string };

export const defaultCertificateFiles = (home: string = os.homedir()): CertificateFiles => {
  const dir = path.join(home, '.office-addin-dev-certs');
  return { dir, caFile: path.join(dir, 'ca.crt'), certFile: path.join(dir, 'localhost.crt'), keyFile: path.join(dir, 'localhost.key') };
};

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** True when the three files exist, the key matches, the CA signed the certificate, it names localhost and is valid for a day more. */
export function certificateFilesAreUsable(files: CertificateFiles, now: Date = new Date()): boolean {
  if (![files.caFile, files.certFile, files.keyFile].every((file) => existsSync(file))) return false;
  try {
    const ca = new X509Certificate(readFileSync(files.caFile));
    const cert = new X509Certificate(readFileSync(files.certFile));
    const key = createPrivateKey(readFileSync(files.keyFile));
    const validFor = (x509: X509Certificate) =>
      new Date(x509.validFrom).getTime() <= now.getTime() && new Date(x509.validTo).getTime() > now.getTime() + ONE_DAY_MS;
    return (
      cert.checkPrivateKey(key) && cert.verify(ca.publicKey) && cert.checkHost('localhost') !== undefined && validFor(cert) && validFor(ca)
    );
  } catch {
    return false;
  }
}

/**
 * Makes sure usable HTTPS files exist, generating them with office-addin-dev-certs (no sudo needed
 * for that: only trusting the CA is privileged). Returns whether they were reused or generated.
 */
export async function ensureCertificateFiles(files: CertificateFiles): Promise<'reused' | 'generated'> {
  if (certificateFilesAreUsable(files)) return 'reused';
  for (const file of [files.caFile, files.certFile, files.keyFile]) rmSync(file, { force: true });
  await generateCertificates(files.caFile, files.certFile, files.keyFile);
  if (!certificateFilesAreUsable(files)) {
    throw new Error(`Certificats inutilisables / unusable certificates in ${files.dir}`);
  }
  return 'generated';
}

export type CaTrust = { status: 'trusted' } | { status: 'untrusted'; reason: 'no_passwordless_sudo' | 'install_failed'; detail?: string };

/** Where Debian's update-ca-certificates picks the CA up (the path office-addin-dev-certs installs to). */
export const debianInstalledCaFile = '/usr/local/share/ca-certificates/office-addin-dev-certs/ca.crt';

function sameFileContent(a: string, b: string): boolean {
  return existsSync(a) && existsSync(b) && readFileSync(a).equals(readFileSync(b));
}

function passwordlessSudoAvailable(): boolean {
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Trusts the development CA in the system store when that can be done without a prompt.
 * Windows and macOS: office-addin-dev-certs (user store / login keychain). Linux: the library's
 * script needs sudo, so it runs only if sudo works without a password; otherwise the CA stays
 * untrusted and `npm start` prints how to trust it in the browser.
 */
export async function trustCertificateAuthority(files: CertificateFiles, platform: NodeJS.Platform, generated: boolean): Promise<CaTrust> {
  if (platform === 'linux') {
    if (sameFileContent(debianInstalledCaFile, files.caFile)) return { status: 'trusted' };
    if (!passwordlessSudoAvailable()) return { status: 'untrusted', reason: 'no_passwordless_sudo' };
  } else if (!generated && getCaCertificateStatus().status === 'installed') {
    return { status: 'trusted' };
  }
  try {
    // An older development CA may be trusted: replace it (as ensureCertificatesAreInstalled does).
    await uninstallCaCertificate(false, false).catch(() => undefined);
    await installCaCertificate(files.caFile);
    return { status: 'trusted' };
  } catch (error) {
    return { status: 'untrusted', reason: 'install_failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
