import {ensureBrowsers} from '../../../scripts/ensure-browsers';
import {build} from '../../../scripts/build';

export default async function setup(): Promise<void> {
	ensureBrowsers();
	await build({local: true, outDir: 'dist'});
}
