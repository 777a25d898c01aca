/**
 * The English messages about the inputs beyond the manifests (issue #14): the Kubernetes schema problems
 * of `preview`, a baseline plan file, and the words every JSON schema check of them shares (ajv's own
 * sentences, word for word), spread into the English catalog (en.ts). The stack config, the waivers,
 * the pack config and the real deploy are in en-inputs2.ts.
 */
export const EN_INPUTS = {
  // ajv's sentences (document/ajv-text.ts): the path is said by the message that uses one.
  'ajv.required': "must have required property ''{missing}''",
  'ajv.type': 'must be {type}',
  'ajv.enum': 'must be equal to one of the allowed values',
  'ajv.const': 'must be equal to constant',
  'ajv.additional-properties': 'must NOT have additional properties',
  'ajv.format': 'must match format "{format}"',
  'ajv.pattern': 'must match pattern "{pattern}"',
  'ajv.limit': 'must be {comparison} {limit}',
  'ajv.fewer':
    'must NOT have fewer than {limit} {unit, select, items {items} properties {properties} other {characters}}',
  'ajv.more':
    'must NOT have more than {limit} {unit, select, items {items} properties {properties} other {characters}}',
  'ajv.multiple-of': 'must be multiple of {multiple}',
  'ajv.unique-items': 'must NOT have duplicate items (items ## {j} and {i} are identical)',
  'ajv.one-of': 'must match exactly one schema in oneOf',
  'ajv.any-of': 'must match a schema in anyOf',
  'ajv.not': 'must NOT be valid',
  'ajv.if': 'must match "{failing}" schema',
  'ajv.keyword': 'does not satisfy `{keyword}`',

  // preview: each rendered object checked against the Kubernetes schemas and the vendored CRDs (engine/render.ts).
  'inputs.k8s.line': 'error[kubernetes-schema]: {problem}',
  'inputs.k8s.in-file': '{file}: {problem}',
  'inputs.k8s.at': '{where} {problem}',
  'inputs.k8s.and': '{first}, {second}',
  'inputs.k8s.crd': '{kind} {name}: {where} {problem}{extra} (CRD schema)',
  'inputs.k8s.unknown-kind': 'unknown kind {kind}: no schema to check it against',
  'inputs.k8s.embedded': 'data.{key}: {problem}',

  // preview --baseline: a plan file that is not one (engine/plan-file.ts).
  'inputs.plan.how-to-fix': 'give --baseline the plan.json an earlier `envcloud preview --stack <name>` wrote',
  'inputs.plan.too-deep': '{at}: nested more than {max} levels deep, which no plan is; {fix}',
  'inputs.plan.not-json': '{at}: not valid JSON ({detail}); {fix}',
  'inputs.plan.shape': '{at}: {field} {problem}; this is not an envcloud plan, {fix}',
  'inputs.plan.top-level': '(top level)',
  'inputs.plan.unreadable': '{file}: cannot read the baseline plan ({reason}); {fix}',
  'inputs.plan.folder': '{file}: is a folder, not a plan; {fix}',
  'inputs.plan.not-file': '{file}: is not a regular file (a device, FIFO or socket), not a plan; {fix}',
  'inputs.plan.too-large':
    '{file}: is {size}, more than the {limit} a baseline plan may be (a plan of 5,000 systems is about 230 MB); {fix}',
  'inputs.plan.grew': '{file}: grew past the {limit} a baseline plan may be while it was read; {fix}',
  'inputs.plan.secret': '{at}: {problem}; a plan preview wrote shows every credential as [redacted], {fix}',
  // Why a JSON input (a baseline, the pack config, the deploy state) is not JSON, said at its first error (document/json-errors.ts firstJsonError).
  'inputs.json.unknown-word':
    'a word JSON does not have: values are true, false, null, numbers, strings in double quotes, objects and arrays',
  'inputs.json.bad-number': 'a number written in a way JSON does not allow',
  'inputs.json.name-expected':
    'a field name in double quotes is expected here (a comma before a closing brace is not allowed)',
  'inputs.json.value-expected': 'a value is expected here',
  'inputs.json.colon-expected': 'a colon is expected after the field name',
  'inputs.json.comma-expected': 'a comma is expected here',
  'inputs.json.brace-expected': 'a closing brace is expected here',
  'inputs.json.bracket-expected': 'a closing ] is expected here',
  'inputs.json.trailing-text': 'text goes on after the JSON value ends',
  'inputs.json.comment': 'JSON has no comments',
  'inputs.json.open-string': 'a string is not closed on its line',
  'inputs.json.bad-escape': 'a backslash escape JSON does not allow',
  'inputs.json.control-character': 'a control character inside a string',
  'inputs.json.unknown': 'the JSON parser refused it here',
  'inputs.plan.repeated-urn':
    '{at}: resources[{index}].urn `{urn}` is also the URN of resources[{first}] (line {line}); a plan lists each resource once, so this is not a plan preview wrote; {fix}',
} as const;
