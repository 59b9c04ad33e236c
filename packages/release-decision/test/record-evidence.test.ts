import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '@deploy-kit/core';
import { ArtifactPaths, contracts } from '@deploy-kit/contracts';
import { gatherEvidence, recordStageEvidence, type RecordStageEvidenceOptions } from '@deploy-kit/release-decision';
import { main } from '@deploy-kit/cli';
import { Captured, SHA, store, TempDirs } from './fixtures.ts';

const dirs = new TempDirs();
afterEach(() => dirs.cleanup());

async function cli(argv: string[], env: Record<string, string> = {}) {
  const stdout = new Captured();
  const stderr = new Captured();
  const code = await main(['record-evidence', ...argv], { env, stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('recordStageEvidence', () => {
  it('writes stage evidence that honours its contract and satisfies `required: <name>`', async () => {
    const root = await dirs.make();
    const written = await recordStageEvidence({
      artifactsDir: root,
      sha: SHA.toUpperCase(),
      name: 'acceptance',
      status: 'pass',
      summary: '  42 acceptance tests passed  ',
      url: 'https://ci.example.com/runs/42',
      details: { suite: 'acceptance', tests: 42 },
      now: () => new Date('2025-01-02T03:00:00.000Z'),
    });
    expect(written.path).toBe(new ArtifactPaths(root, SHA).stageEvidence('acceptance'));
    const { value } = await store.read(contracts.stageEvidence, written.path);
    expect(value).toEqual({
      $schema: contracts.stageEvidence.id,
      schemaVersion: 1,
      kind: 'stage-evidence',
      sha: SHA,
      name: 'acceptance',
      status: 'pass',
      recordedAt: '2025-01-02T03:00:00.000Z',
      summary: '42 acceptance tests passed',
      url: 'https://ci.example.com/runs/42',
      details: { suite: 'acceptance', tests: 42 },
    });
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['acceptance'] });
    expect(evidence).toEqual([expect.objectContaining({ kind: 'stage', status: 'pass', reason: '42 acceptance tests passed; see https://ci.example.com/runs/42' })]);
  });

  it('replaces earlier evidence of the same name', async () => {
    const root = await dirs.make();
    await recordStageEvidence({ artifactsDir: root, sha: SHA, name: 'approval', status: 'fail' });
    await recordStageEvidence({ artifactsDir: root, sha: SHA, name: 'approval', status: 'pass' });
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['approval'] });
    expect(evidence.map((e) => e.status)).toEqual(['pass']);
  });

  it.each<[string, Partial<RecordStageEvidenceOptions>, string]>([
    ['a name that is not a file name', { name: '../approval' }, "Input 'name'"],
    ["the candidate's reserved name", { name: 'candidate' }, "names deploy-kit's own evidence"],
    ["the deployment record's reserved name", { name: 'deploy' }, "names deploy-kit's own evidence"],
    ['an unknown status', { status: 'maybe' as 'pass' }, "Input 'status'"],
    ['a SHA that is not one', { sha: 'main' }, "Input 'sha'"],
    ['a URL that is not one', { url: 'ftp://example.com/x' }, "Input 'url'"],
  ])('refuses %s', async (_what, overrides, message) => {
    const root = await dirs.make();
    const attempt = recordStageEvidence({ artifactsDir: root, sha: SHA, name: 'approval', status: 'pass', ...overrides });
    await expect(attempt).rejects.toThrow(InputError);
    await expect(attempt).rejects.toThrow(message);
  });
});

describe('deploy-kit record-evidence', () => {
  it('records from flags, prints evidence-path on stdout and exits 0', async () => {
    const root = await dirs.make();
    const result = await cli(['--name', 'smoke', '--status', 'fail', '--sha', SHA, '--artifacts-dir', root, '--summary', 'login page blank', '--url=https://ci.example.com/runs/7']);
    const file = new ArtifactPaths(root, SHA).stageEvidence('smoke');
    expect(result).toEqual({ code: 0, stdout: `evidence-path=${file}\n`, stderr: `Recorded fail for 'smoke' at ${SHA} in ${file}.\n` });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ name: 'smoke', status: 'fail', summary: 'login page blank', url: 'https://ci.example.com/runs/7' });
  });

  it("takes the commit from the runtime when --sha is not given", async () => {
    const root = await dirs.make();
    const result = await cli(['--name', 'approval', '--status', 'pass', '--artifacts-dir', root], { DEPLOYKIT_SHA: SHA });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`evidence-path=${new ArtifactPaths(root, SHA).stageEvidence('approval')}\n`);
  });

  it('exits 2 naming every missing or wrong flag', async () => {
    const root = await dirs.make();
    const result = await cli(['--status', 'perhaps', '--sha', SHA, '--artifacts-dir', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Input 'name': is required but was not given.");
    expect(result.stderr).toContain("Input 'status': got 'perhaps', expected one of 'pass', 'fail'.");
    expect(result.stdout).toBe('');
  });

  it('exits 2 on an unknown flag and on a flag given twice', async () => {
    expect((await cli(['--nmae', 'x'])).stderr).toContain("'--nmae' is not a flag of record-evidence.");
    expect((await cli(['--name', 'x', '--name', 'y'])).code).toBe(2);
  });

  it('exits 2 with what to do when the artifacts directory cannot be written', async () => {
    const root = await dirs.make();
    const blocker = path.join(root, 'a-file');
    await writeFile(blocker, '');
    const result = await cli(['--name', 'approval', '--status', 'pass', '--sha', SHA, '--artifacts-dir', blocker]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot write the evidence to');
    expect(result.stderr).toContain(`Make '${blocker}' a writable directory`);
  });

  it('prints its flags for --help', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--name', '--status', '--sha', '--artifacts-dir', '--summary', '--url']) expect(result.stdout).toContain(flag);
  });
});
