#!/usr/bin/env bash
# Verifies the hash chains of the audit trail, the use log and the disclosure log straight from the database,
# without the application: prints per chain the rows checked or the first broken link.
# Exit status: 0 every chain intact, 1 a chain broken, 2 usage or connection error.
#
#   config/src/main/scripts/verify-audit-chains.sh jdbc:postgresql://127.0.0.1:5432/valvonta valvonta_auditor '…'
#   config/src/main/scripts/verify-audit-chains.sh 'jdbc:h2:~/.valvonta/data/valvonta/valvonta;MODE=LEGACY' sa sa
#
# Needs the built classes (mvn -B package -DskipTests) and the provisioned server's JDBC drivers
# (WILDFLY_HOME, default config/target/wildfly). An H2 file database can be read only while the server is stopped.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
wildfly=${WILDFLY_HOME:-$root/config/target/wildfly}
drivers=$(find "$wildfly/modules" \( -name 'h2-*.jar' -o -name 'postgresql*.jar' \) 2>/dev/null | tr '\n' ':')
[ -d "$root/ejb/target/classes" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
exec java -cp "$root/model/target/classes:$root/ejb/target/classes:$drivers" fi.valvonta.ejb.audit.AuditChainVerifier "$@"
