// What the manifest schema cannot say: every resid is defined (and of the right kind), every icon file exists with the
// pixel size the manifest declares, every URL is HTTPS, the add-in asks for ReadWriteDocument and nothing broader, every
// visible string has an en-US override, every ribbon function is one the commands file associates, and what the
// store's validation asks that can be checked offline: a support page, a description of at most 250 characters.
// Used by scripts/validate-manifest.js (npm run validate) and by tests/manifest.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const DEV_BASE_URL = 'https://localhost:3000/';
const REQUIRED_PERMISSION = 'ReadWriteDocument';
const OVERRIDE_LOCALE = 'en-US';

// Which resource table a resid must come from, by the element that carries it.
const RESID_KIND = {
  Image: 'Images',
  FunctionFile: 'Urls',
  SourceLocation: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

// Pixel sizes Office expects for the icons outside VersionOverrides.
const TOP_LEVEL_ICON_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 };

/**
 * A small XML reader, enough for a manifest: elements, attributes, text; comments, processing instructions and CDATA
 * are skipped. Names keep their prefix ("bt:Image"); `local` is the name without it.
 */
function parseXml(text) {
  const root = { name: '#document', local: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const tokenPattern = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/\s*([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let match;
  while ((match = tokenPattern.exec(text)) !== null) {
    const [, cdata, closing, opening, attrText, selfClosing, chars] = match;
    const current = stack[stack.length - 1];
    if (cdata !== undefined) {
      current.text += cdata;
    } else if (closing !== undefined) {
      if (current.name !== closing) throw new Error(`XML: </${closing}> closes <${current.name}>`);
      stack.pop();
    } else if (opening !== undefined) {
      const element = { name: opening, local: opening.replace(/^.*:/, ''), attrs: parseAttributes(attrText), children: [], text: '' };
      current.children.push(element);
      if (!selfClosing) stack.push(element);
    } else if (chars !== undefined) {
      current.text += decodeEntities(chars);
    }
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1].name}> is never closed`);
  const documentElement = root.children[0];
  if (!documentElement) throw new Error('XML: no root element');
  return documentElement;
}

function parseAttributes(attrText) {
  const attrs = {};
  const pattern = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let match;
  while ((match = pattern.exec(attrText)) !== null) attrs[match[1]] = decodeEntities(match[2] ?? match[3] ?? '');
  return attrs;
}

function decodeEntities(value) {
  return value.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, entity) => {
    const named = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[entity]) return named[entity];
    return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });
}

function* walk(element, parent = null) {
  yield { element, parent };
  for (const child of element.children) yield* walk(child, element);
}

const childrenNamed = (element, local) => element.children.filter((child) => child.local === local);

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function readPngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return null;
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Resource id → { kind, url/value, overrides } from VersionOverrides' Resources. */
function collectResources(root) {
  const resources = new Map();
  for (const { element, parent } of walk(root)) {
    if (!parent || !element.attrs.id) continue;
    const kind = parent.local;
    if (!['Images', 'Urls', 'ShortStrings', 'LongStrings'].includes(kind)) continue;
    const overrides = childrenNamed(element, 'Override').map((o) => o.attrs.Locale);
    resources.set(element.attrs.id, { kind, value: element.attrs.DefaultValue, overrides, element });
  }
  return resources;
}

function checkResids(root, resources, problems) {
  for (const { element } of walk(root)) {
    const resid = element.attrs.resid;
    if (resid === undefined) continue;
    const resource = resources.get(resid);
    if (!resource) {
      problems.push(`resid "${resid}" (on <${element.name}>) is not defined in <Resources>`);
      continue;
    }
    const expected = RESID_KIND[element.local];
    if (expected && resource.kind !== expected) {
      problems.push(`resid "${resid}" on <${element.name}> must be one of bt:${expected}, but is in bt:${resource.kind}`);
    }
  }
}

function isUrlAttribute(name, value) {
  return !name.startsWith('xmlns') && name !== 'xsi:type' && /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
}

function checkHttps(root, problems) {
  for (const { element } of walk(root)) {
    for (const [name, value] of Object.entries(element.attrs)) {
      if (isUrlAttribute(name, value) && !value.toLowerCase().startsWith('https://')) {
        problems.push(`URL is not HTTPS: ${value} (<${element.name} ${name}>)`);
      }
    }
    const text = element.children.length === 0 ? element.text.trim() : '';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !text.toLowerCase().startsWith('https://')) {
      problems.push(`URL is not HTTPS: ${text} (<${element.name}>)`);
    }
  }
}

function checkPermissions(root, problems) {
  const permissions = childrenNamed(root, 'Permissions').map((p) => p.text.trim());
  if (permissions.length !== 1 || permissions[0] !== REQUIRED_PERMISSION) {
    problems.push(`<Permissions> must be ${REQUIRED_PERMISSION}, found: ${permissions.join(', ') || 'none'}`);
  }
}

function checkOverrides(root, resources, problems) {
  for (const local of ['DisplayName', 'Description']) {
    for (const element of childrenNamed(root, local)) {
      const locales = childrenNamed(element, 'Override').map((o) => o.attrs.Locale);
      if (!locales.includes(OVERRIDE_LOCALE)) problems.push(`<${local}> has no ${OVERRIDE_LOCALE} override`);
    }
  }
  for (const [id, resource] of resources) {
    const isString = resource.kind === 'ShortStrings' || resource.kind === 'LongStrings';
    if (isString && !resource.overrides.includes(OVERRIDE_LOCALE)) {
      problems.push(`string resource "${id}" has no ${OVERRIDE_LOCALE} override`);
    }
  }
}

function checkIconFile(url, size, where, { baseUrl, assetsRoot }, problems) {
  if (!url) {
    problems.push(`${where}: no URL`);
    return;
  }
  if (!url.startsWith(baseUrl)) {
    problems.push(`${where}: icon URL ${url} is not under ${baseUrl}`);
    return;
  }
  const relative = url.slice(baseUrl.length).split(/[?#]/)[0];
  const file = path.join(assetsRoot, relative);
  if (!relative.startsWith('assets/') || !fs.existsSync(file)) {
    problems.push(`${where}: icon file ${relative} not found in assets/`);
    return;
  }
  const actual = readPngSize(fs.readFileSync(file));
  if (!actual) problems.push(`${where}: ${relative} is not a PNG`);
  else if (actual.width !== size || actual.height !== size) {
    problems.push(`${where}: ${relative} is ${actual.width}x${actual.height} px, declared ${size}x${size}`);
  }
}

function checkIcons(root, resources, options, problems) {
  for (const [local, size] of Object.entries(TOP_LEVEL_ICON_SIZE)) {
    for (const element of childrenNamed(root, local)) {
      checkIconFile(element.attrs.DefaultValue, size, `<${local}>`, options, problems);
    }
  }
  const checked = new Set();
  for (const { element } of walk(root)) {
    if (element.local !== 'Image' || element.attrs.size === undefined || element.attrs.resid === undefined) continue;
    const resource = resources.get(element.attrs.resid);
    const key = `${element.attrs.resid}@${element.attrs.size}`;
    if (!resource || resource.kind !== 'Images' || checked.has(key)) continue;
    checked.add(key);
    const size = Number(element.attrs.size);
    const urls = [resource.value, ...childrenNamed(resource.element, 'Override').map((o) => o.attrs.Value)];
    for (const url of urls) checkIconFile(url, size, `image "${element.attrs.resid}" (size ${size})`, options, problems);
  }
}

/** Store validation refuses a manifest without a support page; it must be served from the add-in's own address. */
function checkSupportUrl(root, { baseUrl }, problems) {
  const support = childrenNamed(root, 'SupportUrl')[0];
  const url = support && support.attrs.DefaultValue;
  if (!url) problems.push('<SupportUrl> is missing (store validation requires a support page)');
  else if (!url.startsWith(baseUrl)) problems.push(`<SupportUrl> ${url} is not under ${baseUrl}`);
}

/** Store validation: the description shown in the add-in list is at most 250 characters in every language. */
function checkDescriptionLength(root, problems) {
  for (const description of childrenNamed(root, 'Description')) {
    const texts = [description.attrs.DefaultValue, ...childrenNamed(description, 'Override').map((o) => o.attrs.Value)];
    for (const text of texts) if (typeof text === 'string' && text.length > 250) problems.push(`<Description> is ${text.length} characters, at most 250`);
  }
}

function checkFunctions(root, commandsSource, problems) {
  if (commandsSource === undefined) return;
  for (const { element } of walk(root)) {
    if (element.local !== 'FunctionName') continue;
    const name = element.text.trim();
    const associated = new RegExp(`Office\\.actions\\.associate\\(\\s*['"\`]${name}['"\`]`).test(commandsSource);
    if (!associated) problems.push(`ribbon function "${name}" is not associated in the commands file`);
  }
}

/**
 * All project checks on a manifest's text. Returns one line per problem; empty when the manifest is fine.
 * `assetsRoot`: the folder that `baseUrl` maps to (the repository for manifest.xml, dist/ for the built copy).
 */
function checkManifest(xmlText, { baseUrl = DEV_BASE_URL, assetsRoot, commandsSource } = {}) {
  let root;
  try {
    root = parseXml(xmlText);
  } catch (error) {
    return [error.message];
  }
  if (root.local !== 'OfficeApp') return [`root element is <${root.name}>, expected <OfficeApp>`];
  const problems = [];
  const resources = collectResources(root);
  checkResids(root, resources, problems);
  checkHttps(root, problems);
  checkPermissions(root, problems);
  checkOverrides(root, resources, problems);
  checkIcons(root, resources, { baseUrl, assetsRoot }, problems);
  checkSupportUrl(root, { baseUrl }, problems);
  checkDescriptionLength(root, problems);
  checkFunctions(root, commandsSource, problems);
  return problems;
}

/** The schemas kept in the repository (tests/manifest/schemas/README.md says where they come from). */
const SCHEMA_DIR = path.join(__dirname, '..', 'tests', 'manifest', 'schemas');

/**
 * Schema validation with xmllint, offline. A missing schema or a missing xmllint fails: a check that quietly skips
 * passes on the one machine (CI) where nobody looks.
 */
function validateSchema(manifestPath, schemaDir = SCHEMA_DIR) {
  const schema = path.join(schemaDir, 'OfficeAppManifestV1_1.xsd');
  if (!fs.existsSync(schema)) return { status: 'failed', lines: [`schema check: no ${schema}`] };
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, manifestPath], { encoding: 'utf8' });
  if (run.error && run.error.code === 'ENOENT') {
    return { status: 'failed', lines: ['schema check: xmllint is not installed (apt-get install libxml2-utils)'] };
  }
  const output = `${run.stdout || ''}${run.stderr || ''}`.trim().split('\n').filter(Boolean);
  return { status: run.status === 0 ? 'ok' : 'failed', lines: output };
}

module.exports = { DEV_BASE_URL, SCHEMA_DIR, checkManifest, validateSchema, readPngSize, parseXml };
