// Where mtlint's own files are: found from this module, whether it runs from dist/ as built or bundled.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
function packageRoot(from) {
    for (let dir = from;; dir = path.dirname(dir)) {
        if (existsSync(path.join(dir, 'package.json')))
            return dir;
        if (path.dirname(dir) === dir)
            throw new Error(`mtlint's package.json not found above ${from}`);
    }
}
export const PACKAGE_ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));
/** The folder of rules shipped with mtlint. */
export const BUILT_IN_RULES = path.join(PACKAGE_ROOT, 'rules');
/** mtlint's version, from its package.json. */
export const VERSION = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
