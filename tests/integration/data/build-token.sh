#!/bin/sh
# Regenerates TestToken.bin (creation bytecode, hex without 0x) from TestToken.sol with the solc
# installed in tests/integration/peers by packaging/install-deps.sh. EVM version paris: ganache
# 7.9 does not run the Cancun opcodes solc 0.8.26 emits by default.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
peers="$here/../peers/node_modules"
if [ ! -d "$peers/solc" ]; then
    echo "build-token.sh: $peers/solc is missing; run packaging/install-deps.sh first." >&2
    exit 1
fi
NODE_PATH="$peers" node - "$here/TestToken.sol" "$here/TestToken.bin" <<'JS'
const fs = require('fs');
const solc = require('solc');
const [source, target] = process.argv.slice(2);
const input = {
  language: 'Solidity',
  sources: { 'TestToken.sol': { content: fs.readFileSync(source, 'utf8') } },
  settings: {
    evmVersion: 'paris',
    optimizer: { enabled: true, runs: 200 },
    metadata: { bytecodeHash: 'none' },
    outputSelection: { '*': { TestToken: ['evm.bytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
if (errors.length > 0) {
  errors.forEach((e) => console.error(e.formattedMessage));
  process.exit(1);
}
const bin = output.contracts['TestToken.sol'].TestToken.evm.bytecode.object;
fs.writeFileSync(target, bin + '\n');
console.log(`TestToken.bin: ${bin.length / 2} bytes, solc ${solc.version()}`);
JS
