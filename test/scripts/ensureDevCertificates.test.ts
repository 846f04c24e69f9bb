import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  certificateFilesAreUsable,
  defaultCertificateFiles,
  ensureCertificateFiles,
  type CertificateFiles,
} from '../../scripts/start/ensureDevCertificates';

describe('defaultCertificateFiles', () => {
  it('are the files of office-addin-dev-certs in the home folder', () => {
    expect(defaultCertificateFiles('/home/ana')).toEqual({
      dir: path.join('/home/ana', '.office-addin-dev-certs'),
      caFile: path.join('/home/ana', '.office-addin-dev-certs', 'ca.crt'),
      certFile: path.join('/home/ana', '.office-addin-dev-certs', 'localhost.crt'),
      keyFile: path.join('/home/ana', '.office-addin-dev-certs', 'localhost.key'),
    });
  });
});

describe('ensureCertificateFiles (no sudo needed)', () => {
  let home: string;
  let files: CertificateFiles;
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);

  beforeAll(() => {
    home = mkdtempSync(path.join(os.tmpdir(), 'certs-'));
    files = defaultCertificateFiles(home);
  });
  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
    log.mockRestore();
  });

  it('generates a CA and a localhost certificate that an HTTPS server can use', async () => {
    expect(certificateFilesAreUsable(files)).toBe(false);
    expect(await ensureCertificateFiles(files)).toBe('generated');
    expect(certificateFilesAreUsable(files)).toBe(true);

    const server = https.createServer({ key: readFileSync(files.keyFile), cert: readFileSync(files.certFile) }, (_req, res) =>
      res.end('ok'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const body = await new Promise<string>((resolve, reject) => {
        https
          .get({ host: '127.0.0.1', servername: 'localhost', port, path: '/', ca: readFileSync(files.caFile) }, (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => resolve(text));
          })
          .on('error', reject);
      });
      expect(body).toBe('ok');
    } finally {
      server.close();
    }
  });

  it('reuses usable files', async () => {
    const before = readFileSync(files.certFile);
    expect(await ensureCertificateFiles(files)).toBe('reused');
    expect(readFileSync(files.certFile).equals(before)).toBe(true);
  });

  it('regenerates files that expire within a day, or whose key does not match', async () => {
    const validTo = new Date(new X509Certificate(readFileSync(files.certFile)).validTo);
    expect(certificateFilesAreUsable(files, new Date(validTo.getTime() - 60 * 60 * 1000))).toBe(false);

    const otherHome = mkdtempSync(path.join(os.tmpdir(), 'certs-other-'));
    try {
      const other = defaultCertificateFiles(otherHome);
      await ensureCertificateFiles(other);
      writeFileSync(files.keyFile, readFileSync(other.keyFile));
      expect(certificateFilesAreUsable(files)).toBe(false);
      expect(await ensureCertificateFiles(files)).toBe('generated');
      expect(certificateFilesAreUsable(files)).toBe(true);
    } finally {
      rmSync(otherHome, { recursive: true, force: true });
    }
  });
});
