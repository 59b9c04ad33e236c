/** One challenge of a `WWW-Authenticate` header: `Bearer realm="…",service="…",scope="…"`. */
export interface AuthChallenge {
  scheme: string;
  params: Record<string, string>;
}

const SCHEME_START = /(?:^|,)\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)\s+(?=[A-Za-z0-9_-]+\s*=)/g;
const PARAM = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;

/**
 * Parses every challenge in the header (Node joins repeated headers with ", "). Parameter names
 * are lower-cased; quoted values are unescaped.
 */
export function parseChallenges(header: string | string[] | undefined): AuthChallenge[] {
  const text = Array.isArray(header) ? header.join(', ') : (header ?? '');
  const starts = [...text.matchAll(SCHEME_START)];
  const challenges: AuthChallenge[] = [];
  starts.forEach((start, i) => {
    const from = start.index! + start[0].length;
    const to = i + 1 < starts.length ? starts[i + 1]!.index! : text.length;
    const params: Record<string, string> = {};
    for (const param of text.slice(from, to).matchAll(PARAM)) {
      params[param[1]!.toLowerCase()] = param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : (param[3] ?? '');
    }
    challenges.push({ scheme: start[1]!.toLowerCase(), params });
  });
  // A bare scheme with no parameters ("Basic") is still a challenge.
  if (challenges.length === 0 && /^\s*[A-Za-z]+\s*$/.test(text)) challenges.push({ scheme: text.trim().toLowerCase(), params: {} });
  return challenges;
}
