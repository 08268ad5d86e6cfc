import {escapeHtml} from './answers';
import {demoClientId, demoUsers} from './demo-data';

export const signInTitle = 'Sign in to AdultWork (local)';

const style = `
body {font: 16px/1.5 system-ui, sans-serif; max-width: 26rem; margin: 3rem auto; padding: 0 1rem; color: #222}
h1 {font-size: 1.4rem}
select, button {font: inherit; padding: .4rem .8rem}
.buttons {display: flex; gap: .5rem; margin-top: 1rem}
`;

function page(title: string, content: string): string {
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title><style>${style}</style></head>
<body>
${content}
</body>
</html>`;
}

export function errorPage(problem: string): string {
	return page(signInTitle, `<h1>Sign-in failed</h1>\n<p role="alert">${escapeHtml(problem)}</p>`);
}

/** The consent page of the implicit grant. The query comes back as hidden fields, so the POST can finish the flow. */
export function signInPage(parameters: Record<string, string | undefined>): string {
	const hidden = Object.entries(parameters)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value!)}">`)
		.join('\n');
	const options = demoUsers
		.map((user, index) => `<option value="${user.UserID}"${index === 0 ? ' selected' : ''}>${escapeHtml(user.Nickname)} (${user.UserID})</option>`)
		.join('\n');
	const scopes = parameters.scope?.trim() ? escapeHtml(parameters.scope) : 'no particular permission';
	return page(
		signInTitle,
		`<h1>${signInTitle}</h1>
<p>The app <strong>${escapeHtml(parameters.client_id ?? demoClientId)}</strong> asks for: ${scopes}.</p>
<form method="post" action="/OAuth/Authorize">
${hidden}
<label>Sign in as <select name="user">
${options}
</select></label>
<div class="buttons">
<button type="submit" name="action" value="allow">Allow</button>
<button type="submit" name="action" value="cancel">Cancel</button>
</div>
</form>`,
	);
}
