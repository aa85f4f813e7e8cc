# Civitas: `make run` to try it, `make test` to check it. `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help

JAVA_HOME := $(shell scripts/java-home 2>/dev/null)
export JAVA_HOME
MVN := mvn -B -ntp -f backend/pom.xml
JAR := backend/target/civitas.jar

.PHONY: help run test bench backend-jar frontend-build frontend-deps java clean

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

run: backend-jar ## build everything and start the platform at http://localhost:8080 (PORT changes it) with the embedded database and demo content
	CIVITAS_DEMO_CONTENT=$${CIVITAS_DEMO_CONTENT:-true} scripts/civitas

test: java frontend-deps ## run every test: frontend unit tests, backend HTTP tests on the embedded database, browser tests
	cd frontend && npm test
	cd frontend && npm run lint
	cd frontend && npm run build
	$(MVN) clean verify
	scripts/ensure-chromium
	scripts/e2e

bench: backend-jar ## measure start-up, idle memory, 1,000 check-ins and recordings (see README, Performance)
	scripts/bench-startup
	scripts/bench-recordings
	$(MVN) test -Dtest='*Benchmark' -Dbenchmarks.excluded= -Dtests.quiet=false -Dtests.contract=false \
		| grep -E '^(CHECK-IN BENCHMARK|QUIZ BENCHMARK|CERTIFICATE BENCHMARK|\[ERROR\]|Tests run:)'

backend-jar: java frontend-build ## package the platform into backend/target/civitas.jar
	$(MVN) package -DskipTests

frontend-build: frontend-deps
	cd frontend && npm run build

frontend-deps:
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js 20.19+ (Debian: apt-get install nodejs npm)"; exit 1; }
	@if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then \
		cd frontend && npm ci --no-audit --no-fund; fi

java:
	@[ -n "$(JAVA_HOME)" ] || { scripts/java-home; exit 1; }
	@command -v mvn >/dev/null || { echo "Maven is missing: apt-get install maven"; exit 1; }

clean: ## remove build output (keeps ./data)
	$(MVN) -q clean
	rm -rf frontend/dist frontend/test-results frontend/e2e-artifacts
