/** identity-preflight and image-tag as CLI commands: flags, environment fallbacks, outputs, exit codes. */
import { main } from '@deploy-kit/cli';

function sink() {
  const chunks: string[] = [];
  return { write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') };
}

async function cli(argv: string[], env: Record<string, string> = {}) {
  const stdout = sink();
  const stderr = sink();
  const code = await main(argv, { env, stdout, stderr });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('deploy-kit identity-preflight', () => {
  it('reads API_IDENTIFIER_URI and ENTRA_AUDIENCE from the environment, preferring the first', async () => {
    const result = await cli(['identity-preflight'], { API_IDENTIFIER_URI: 'api://compass-api', ENTRA_AUDIENCE: 'api://compass-api' });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('identifier-uri=api://compass-api\nsource=API_IDENTIFIER_URI\n');
  });

  it('exits 2 naming both settings when they differ', async () => {
    const result = await cli(['identity-preflight', '--entra-audience', 'api://legacy'], { API_IDENTIFIER_URI: 'api://compass-api' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("API_IDENTIFIER_URI ('api://compass-api') and ENTRA_AUDIENCE ('api://legacy') are both set and differ.");
  });
});

describe('deploy-kit image-tag', () => {
  it.each([
    [['--ref', 'refs/heads/release/1.2.3'], 'tag=1.2.3'],
    [['--strategy', 'semver', '--ref', 'refs/tags/v2.0.1'], 'tag=2.0.1'],
    [['--strategy', 'short-sha', '--sha', 'a1b2c3d4e5f6'], 'tag=a1b2c3d'],
  ])('%j prints %s', async (flags, line) => {
    const result = await cli(['image-tag', ...flags], { DEPLOYKIT_SHA: 'a1b2c3d4e5f6' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${line}\n`);
  });

  it('takes the ref from the CI (CircleCI branch) when not given', async () => {
    const result = await cli(['image-tag'], { CIRCLECI: 'true', CIRCLE_BRANCH: 'develop', CIRCLE_SHA1: 'a1b2c3d4e5f6' });
    expect(result.stdout).toMatch(/^tag=dev$/m);
  });
});
