// The policy pack entry: `pulumi preview --policy-pack policies`. Tests import the policy modules,
// never this file, because constructing a PolicyPack starts the analyzer.
import { PolicyPack } from '@pulumi/policy';
import { ALL_POLICIES } from './all';

new PolicyPack('envcloud', { policies: ALL_POLICIES });
