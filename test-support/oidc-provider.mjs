// A real OpenID Connect provider (the `oidc-provider` package) for the tests of council
// sign-in: it runs on 127.0.0.1 in its own process, lets each test register its own client
// (dynamic client registration), and signs in whoever types an email address on its page.
//
// A client registered with `test_misbehaviour` gets ID tokens that a relying party must
// refuse: `wrong-audience` (issued to another client), `expired` (expired an hour ago) or
// `bad-signature` (signed by a key the provider does not publish).
//
// Usage: node test-support/oidc-provider.mjs [--port N]
// Prints one line of JSON, {"issuer": "http://127.0.0.1:PORT"}, when it is listening, and
// stops when its standard input closes (so it never outlives the test that started it).

import http from 'node:http';
import crypto from 'node:crypto';
import Provider from 'oidc-provider';

const portArgument = process.argv.indexOf('--port');
const port = portArgument > 0 ? Number(process.argv[portArgument + 1]) : 0;

function signingKey() {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { privateKey, jwk: { ...jwk, kid: crypto.randomUUID(), alg: 'RS256', use: 'sig' } };
}

const published = signingKey();
const unpublished = signingKey();

// The address each subject signed in with.
const emails = new Map();

const base64url = (value) => Buffer.from(value).toString('base64url');

function resign(idToken, change, key) {
  const [header, payload] = idToken.split('.');
  const claims = change(JSON.parse(Buffer.from(payload, 'base64url').toString()));
  const head = JSON.parse(Buffer.from(header, 'base64url').toString());
  // The published key's id even when signed by the other key: the signature must be what fails.
  const signed = `${base64url(JSON.stringify(head))}.${base64url(JSON.stringify(claims))}`;
  const signature = crypto.sign('sha256', Buffer.from(signed), key).toString('base64url');
  return `${signed}.${signature}`;
}

const misbehaviours = {
  'wrong-audience': (token) => resign(token, (c) => ({ ...c, aud: 'another-client' }), published.privateKey),
  expired: (token) => {
    const now = Math.floor(Date.now() / 1000);
    return resign(token, (c) => ({ ...c, iat: now - 7200, exp: now - 3600 }), published.privateKey);
  },
  'bad-signature': (token) => resign(token, (c) => c, unpublished.privateKey),
};

function page(title, body) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
    `<body><main><h1>${title}</h1>${body}</main></body></html>`;
}

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function readForm(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

async function start() {
  const server = http.createServer();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;

  const provider = new Provider(issuer, {
    clients: [],
    jwks: { keys: [published.jwk] },
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    features: {
      registration: { enabled: true },
      devInteractions: { enabled: false },
    },
    extraClientMetadata: { properties: ['test_misbehaviour'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Email and name in the ID token itself, as Google and Entra ID put them.
    conformIdTokenClaims: false,
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(ctx, accountId) {
      const email = emails.get(accountId);
      if (!email) return undefined;
      return {
        accountId,
        async claims() {
          const local = email.split('@')[0];
          return {
            sub: accountId,
            email,
            // An address typed as unverified.someone@… comes with email_verified false.
            email_verified: !local.startsWith('unverified'),
            name: local.replace(/[._-]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
          };
        },
      };
    },
    // Every client is trusted: no consent page.
    async loadExistingGrant(ctx) {
      const clientId = ctx.oidc.client.clientId;
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });

  provider.use(async (ctx, next) => {
    await next();
    const misbehave = misbehaviours[ctx.oidc?.client?.test_misbehaviour];
    if (ctx.method === 'POST' && ctx.path === '/token' && misbehave && ctx.body?.id_token) {
      ctx.body = { ...ctx.body, id_token: misbehave(ctx.body.id_token) };
    }
  });

  const handleProvider = provider.callback();
  server.on('request', async (req, res) => {
    const interaction = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url, issuer).pathname);
    if (!interaction) return handleProvider(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'POST') {
        const email = (await readForm(req)).get('email')?.trim().toLowerCase();
        if (!email) throw new Error('an email address is needed');
        // The subject is not the address, as with real providers: an address can change.
        const accountId = `sub-${crypto.createHash('sha256').update(email).digest('hex').slice(0, 20)}`;
        emails.set(accountId, email);
        await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
        return;
      }
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(page('Test identity provider', `
        <form method="post" action="/interaction/${escape(interaction[1])}">
          <label for="email">Email address</label>
          <input id="email" name="email" type="email" autocomplete="email" value="${escape(details.params.login_hint ?? '')}">
          <button type="submit">Continue</button>
        </form>`));
    } catch (error) {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(page('Sign-in failed', `<p>${escape(error.message)}</p>`));
    }
  });

  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
}

start().catch((error) => {
  console.error(error);
  process.exit(1);
});
