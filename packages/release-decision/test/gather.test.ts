import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ArtifactPaths, ArtifactStore, sha256Hex, type Contract } from '@deploy-kit/contracts';
import { gatherEvidence, recordStageEvidence } from '@deploy-kit/release-decision';
import {
  candidateManifest,
  deploymentRecord,
  healthEvidence,
  OTHER_SHA,
  SHA,
  TempDirs,
  writeDeploymentRecord,
  writeHappyPath,
  writeHealth,
  writeManifest,
} from './fixtures.ts';

const dirs = new TempDirs();
afterEach(() => dirs.cleanup());

const paths = (root: string) => new ArtifactPaths(root, SHA);

function byName(evidence: Awaited<ReturnType<typeof gatherEvidence>>['evidence'], kind: string, name: string) {
  const found = evidence.find((item) => item.kind === kind && item.name === name);
  if (!found) throw new Error(`no ${kind} '${name}' in ${JSON.stringify(evidence)}`);
  return found;
}

describe('gatherEvidence: the happy path', () => {
  it('reads candidate, deploy, health and stage evidence that pass, with file hashes and the manifest facts', async () => {
    const root = await dirs.make();
    const { manifest } = await writeHappyPath(root);
    await recordStageEvidence({ artifactsDir: root, sha: SHA, name: 'approval', status: 'pass', summary: 'approved by release manager', url: 'https://example.com/approvals/7' });
    const gathered = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['candidate', 'deploy', 'api', 'approval'] });

    expect(gathered.evidence.map((e) => [e.kind, e.name, e.status, e.required])).toEqual([
      ['candidate', 'candidate', 'pass', true],
      ['deploy', 'deploy', 'pass', true],
      ['health', 'api', 'pass', true],
      ['stage', 'approval', 'pass', true],
    ]);
    const fileBytes = await readFile(manifest.path);
    expect(gathered.manifest).toEqual({ path: `candidate/${SHA}/manifest.json`, sha256: sha256Hex(fileBytes), integrity: candidateManifest().integrity });
    expect(byName(gathered.evidence, 'candidate', 'candidate')).toMatchObject({ sha256: sha256Hex(fileBytes), reason: expect.stringContaining('integrity sha256:') });
    expect(byName(gathered.evidence, 'health', 'api')).toMatchObject({ path: `deploy/${SHA}/health-api.json`, reason: '2 consecutive passes at https://api.example.com/health' });
    expect(byName(gathered.evidence, 'stage', 'approval')).toMatchObject({ path: `evidence/${SHA}/approval.json`, reason: 'approved by release manager; see https://example.com/approvals/7' });
  });

  it('with nothing required, finds every evidence file for the commit and makes each decide', async () => {
    const root = await dirs.make();
    await writeHappyPath(root);
    await writeHealth(root, healthEvidence('web'));
    await recordStageEvidence({ artifactsDir: root, sha: SHA, name: 'acceptance', status: 'pass' });
    // Samples of a health gate and leftovers of an interrupted write are not evidence.
    await mkdir(path.join(paths(root).deployDir(), 'health-api'), { recursive: true });
    await writeFile(path.join(paths(root).deployDir(), 'health-api', 'url-1.json'), '{}');
    await writeFile(path.join(paths(root).deployDir(), 'health-web.json.123.abcd.tmp'), '{');
    const gathered = await gatherEvidence({ artifactsDir: root, sha: SHA, required: [] });
    expect(gathered.evidence.map((e) => `${e.kind}:${e.name}:${e.status}:${e.required}`)).toEqual([
      'candidate:candidate:pass:true',
      'deploy:deploy:pass:true',
      'health:api:pass:true',
      'health:web:pass:true',
      'stage:acceptance:pass:true',
    ]);
  });

  it('lists evidence that was found but not required, marked as not deciding', async () => {
    const root = await dirs.make();
    await writeHappyPath(root);
    await writeHealth(root, healthEvidence('web', { status: 'fail', reason: 'HTTP 503 at https://web.example.com/health' }));
    const gathered = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['api', 'candidate'] });
    expect(gathered.evidence.map((e) => `${e.kind}:${e.name}:${e.status}:${e.required}`)).toEqual([
      'health:api:pass:true',
      'candidate:candidate:pass:true',
      'deploy:deploy:pass:false',
      'health:web:fail:false',
    ]);
  });

  it('returns nothing for an empty artifacts directory and for one that does not exist', async () => {
    const root = await dirs.make();
    expect(await gatherEvidence({ artifactsDir: root, sha: SHA, required: [] })).toEqual({ evidence: [], manifest: null });
    expect(await gatherEvidence({ artifactsDir: path.join(root, 'nowhere'), sha: SHA, required: [] })).toEqual({ evidence: [], manifest: null });
  });
});

describe('gatherEvidence: missing evidence', () => {
  it('reports a missing candidate manifest and deployment record with what to run', async () => {
    const root = await dirs.make();
    const { evidence, manifest } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['candidate', 'deploy'] });
    expect(manifest).toBeNull();
    expect(evidence).toEqual([
      { name: 'candidate', kind: 'candidate', path: `candidate/${SHA}/manifest.json`, status: 'missing', required: true, reason: expect.stringContaining('run freeze-candidate first') },
      { name: 'deploy', kind: 'deploy', path: `production/${SHA}/deployment-record.json`, status: 'missing', required: true, reason: expect.stringContaining('run deploy-digest first') },
    ]);
  });

  it('reports a required name found neither as health nor as stage evidence, naming both files', async () => {
    const root = await dirs.make();
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['smoke'] });
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ name: 'smoke', status: 'missing', required: true });
    expect(evidence[0]!.path).toBe(`evidence/${SHA}/smoke.json`);
    expect(evidence[0]!.reason).toContain(`also looked for deploy/${SHA}/health-smoke.json`);
    expect(evidence[0]!.reason).toContain("deploy-kit record-evidence --name smoke --status pass");
  });

  it('refuses a required name that cannot be a file name', async () => {
    const root = await dirs.make();
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['../../etc/passwd'] });
    expect(evidence).toEqual([expect.objectContaining({ name: '../../etc/passwd', status: 'invalid', required: true, reason: expect.stringContaining('is not a valid evidence name') })]);
  });

  it('asks once for a name given twice', async () => {
    const root = await dirs.make();
    await writeHealth(root, healthEvidence('api'));
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['api', ' api ', ''] });
    expect(evidence.map((e) => e.name)).toEqual(['api']);
  });
});

describe('gatherEvidence: evidence that cannot be trusted', () => {
  it('marks a corrupt manifest invalid, naming the JSON problem', async () => {
    const root = await dirs.make();
    await mkdir(paths(root).candidateDir(), { recursive: true });
    await writeFile(paths(root).candidateManifest(), '{"schemaVersion": 1, "kind": "candidate-man');
    const { evidence, manifest } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['candidate'] });
    expect(manifest).toBeNull();
    expect(evidence[0]).toMatchObject({ status: 'invalid', path: `candidate/${SHA}/manifest.json`, reason: expect.stringMatching(/^not valid JSON/) });
  });

  it('marks a deployment record that breaks its contract invalid, saying which field', async () => {
    const root = await dirs.make();
    await mkdir(paths(root).productionDir(), { recursive: true });
    await writeFile(paths(root).deploymentRecord(), JSON.stringify({ ...deploymentRecord('e'.repeat(64)), status: 'kinda' }));
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['deploy'] });
    expect(evidence[0]).toMatchObject({ status: 'invalid', reason: expect.stringContaining('does not match the deployment-record v1 contract: /status') });
  });

  it('catches a manifest edited after it was frozen', async () => {
    const root = await dirs.make();
    const original = candidateManifest();
    const digest = `sha256:${'f'.repeat(64)}`;
    const tampered = { ...original, images: { ...original.images, api: { ...original.images.api!, digest, ref: `contoso.azurecr.io/compass-api@${digest}` } } };
    await writeManifest(root, tampered);
    const { evidence, manifest } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['candidate'] });
    expect(manifest).toBeNull();
    expect(evidence[0]).toMatchObject({ status: 'invalid', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(evidence[0]!.reason).toContain(`integrity mismatch: the manifest records ${original.integrity}`);
    expect(evidence[0]!.reason).toContain('changed after it was frozen');
  });

  it('rejects evidence that records another commit than the directory it sits in', async () => {
    const root = await dirs.make();
    await writeManifest(root, candidateManifest(OTHER_SHA));
    await writeHealth(root, healthEvidence('api', { sha: OTHER_SHA }));
    const stage = await recordStageEvidence({ artifactsDir: root, sha: OTHER_SHA, name: 'approval', status: 'pass' });
    await mkdir(path.dirname(paths(root).stageEvidence('approval')), { recursive: true });
    await writeFile(paths(root).stageEvidence('approval'), await readFile(stage.path));
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['candidate', 'api', 'approval'] });
    expect(evidence.map((e) => e.status)).toEqual(['invalid', 'invalid', 'invalid']);
    for (const item of evidence) expect(item.reason).toBe(`records commit ${OTHER_SHA}, not ${SHA}; it belongs to another release`);
  });

  it('rejects health evidence filed under another name', async () => {
    const root = await dirs.make();
    await writeHealth(root, healthEvidence('web'), 'api');
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['api'] });
    expect(evidence[0]).toMatchObject({ kind: 'health', status: 'invalid', reason: "names itself 'web', not 'api'" });
  });

  it('marks a file that cannot be read invalid, naming the error', async () => {
    const root = await dirs.make();
    await mkdir(paths(root).candidateManifest(), { recursive: true });
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['candidate'] });
    expect(evidence[0]).toMatchObject({ status: 'invalid', reason: 'cannot be read (EISDIR)' });
  });

  it('turns an evidence directory it cannot list into invalid evidence', async () => {
    const root = await dirs.make();
    await mkdir(path.join(root, 'evidence'), { recursive: true });
    await writeFile(path.join(root, 'evidence', SHA), 'not a directory');
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: [] });
    expect(evidence).toEqual([expect.objectContaining({ name: 'evidence', status: 'invalid', required: true, path: `evidence/${SHA}`, reason: expect.stringContaining('ENOTDIR') })]);
  });

  it('turns an unexpected exception while reading into invalid evidence for that file', async () => {
    class BrokenStore extends ArtifactStore {
      override async read<T>(_contract: Contract<T>, _file: string): Promise<{ value: T; sha256: string }> {
        throw new TypeError('the disk said something strange');
      }
    }
    const root = await dirs.make();
    await writeHappyPath(root);
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['candidate', 'api'], store: new BrokenStore() });
    expect(evidence.filter((e) => e.required)).toEqual([
      expect.objectContaining({ kind: 'candidate', status: 'invalid', reason: 'could not be read: the disk said something strange' }),
      expect.objectContaining({ kind: 'health', status: 'invalid', reason: 'could not be read: the disk said something strange' }),
    ]);
  });
});

describe('gatherEvidence: outcomes', () => {
  it('reports a failed health gate with its own reason', async () => {
    const root = await dirs.make();
    await writeHealth(root, healthEvidence('api', { status: 'fail', reason: '3 consecutive failures at https://api.example.com/health' }));
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['api'] });
    expect(evidence[0]).toMatchObject({ status: 'fail', reason: '3 consecutive failures at https://api.example.com/health' });
  });

  it('counts a dry-run health result as its status, and says it was a dry run', async () => {
    const root = await dirs.make();
    await writeHealth(root, healthEvidence('api', { status: 'fail', dryRun: true, reason: 'HTTP 500 at https://api.example.com/health' }));
    await writeHealth(root, healthEvidence('web', { dryRun: true }));
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['api', 'web'] });
    expect(evidence.map((e) => [e.name, e.status, e.reason])).toEqual([
      ['api', 'fail', 'dry run: HTTP 500 at https://api.example.com/health'],
      ['web', 'pass', 'dry run: 2 consecutive passes at https://api.example.com/health'],
    ]);
  });

  it('reports a failed deployment with its message', async () => {
    const root = await dirs.make();
    const manifest = await writeManifest(root);
    await writeDeploymentRecord(root, deploymentRecord(manifest.sha256, { status: 'failed', message: 'migration job compass-migrate failed' }));
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['deploy'] });
    expect(evidence[0]).toMatchObject({ status: 'fail', reason: expect.stringContaining('deployment failed: migration job compass-migrate failed') });
  });

  it('fails a deploy of another manifest than the accepted candidate', async () => {
    const root = await dirs.make();
    await writeManifest(root);
    await writeDeploymentRecord(root, deploymentRecord('e'.repeat(64)));
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['candidate', 'deploy'] });
    expect(evidence.map((e) => e.status)).toEqual(['pass', 'fail']);
    expect(evidence[1]!.reason).toContain('what was deployed is not what was accepted');
  });

  it('accepts a deploy that names the candidate by the hex of its integrity', async () => {
    const root = await dirs.make();
    await writeManifest(root);
    await writeDeploymentRecord(root, deploymentRecord(candidateManifest().integrity.slice('sha256:'.length)));
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['candidate', 'deploy'] });
    expect(evidence.map((e) => e.status)).toEqual(['pass', 'pass']);
  });

  it('weighs both health and stage evidence of the same name', async () => {
    const root = await dirs.make();
    await writeHealth(root, healthEvidence('smoke'));
    await recordStageEvidence({ artifactsDir: root, sha: SHA, name: 'smoke', status: 'fail', summary: 'browser smoke: login page blank' });
    const { evidence } = await gatherEvidence({ artifactsDir: root, sha: SHA, required: ['smoke'] });
    expect(evidence.map((e) => `${e.kind}:${e.status}:${e.required}`)).toEqual(['health:pass:true', 'stage:fail:true']);
  });
});
