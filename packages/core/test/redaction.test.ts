import { RecordingLogger, Redactor, ShellRuntime, StreamLogger } from '@deploy-kit/core';

function sink() {
  const chunks: string[] = [];
  return { write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') };
}

describe('Redactor', () => {
  it('removes registered secrets, longest first, and each part of a JWT', () => {
    const redactor = new Redactor();
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvc2hvcCJ9.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWc';
    redactor.add(jwt);
    redactor.add('hunter2-secret');
    const text = redactor.redact(`token=${jwt} payload=${jwt.split('.')[1]} pw=hunter2-secret`);
    expect(text).toBe('token=*** payload=*** pw=***');
  });

  it('ignores values too short to mask safely', () => {
    const redactor = new Redactor();
    redactor.add('ab');
    expect(redactor.size).toBe(0);
  });

  it('applies to every log level of the stream logger, debug included', () => {
    const redactor = new Redactor();
    redactor.add('s3cr3t-value');
    const out = sink();
    const log = new StreamLogger(out, redactor, { debug: true });
    log.debug('debug s3cr3t-value');
    log.info('info s3cr3t-value');
    log.warning('warn s3cr3t-value');
    log.error('error s3cr3t-value');
    expect(out.text()).not.toContain('s3cr3t-value');
    expect(out.text().match(/\*\*\*/g)).toHaveLength(4);
  });

  it('keeps secrets out of recorded logs too', () => {
    const redactor = new Redactor();
    redactor.add('another-secret');
    const log = new RecordingLogger(redactor);
    log.info('x another-secret y');
    expect(log.text()).toBe('info: x *** y');
  });

  it('masks secrets in shell runtime outputs', () => {
    const stdout = sink();
    const runtime = new ShellRuntime('cli', { env: {}, inputs: { get: () => undefined }, stdout, stderr: sink(), command: 'x' });
    runtime.setSecret('token-abcdef');
    runtime.setOutput('value', 'Bearer token-abcdef');
    expect(stdout.text()).toBe('value=Bearer ***\n');
  });
});
