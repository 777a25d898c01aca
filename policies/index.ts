// The policy pack entry: `pulumi preview --policy-pack policies [--policy-pack-config policies/config.json]`.
// Tests import the policy modules, never this file, because constructing a PolicyPack starts the analyzer.
import { PolicyPack } from '@pulumi/policy';
import { join } from 'node:path';
import { buildPack, packRuleNames } from './pack';
import { loadWaivers, projectStacks } from './waivers/load';

const { policies } = buildPack({
  waivers: loadWaivers(
    join(__dirname, 'waivers.yaml'),
    packRuleNames(),
    'policies/waivers.yaml',
    projectStacks(join(__dirname, '..')),
  ),
});

new PolicyPack('envcloud', { policies });
