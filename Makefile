# Chuangxian — the two commands: `make run` and `make test`. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

DB ?= h2
export DB_HOST ?= 127.0.0.1
export DB_PORT ?= 3306
export DB_NAME ?= test
export DB_USER ?= root
export DB_PASSWORD ?=
MVN := cd backend && ./mvnw -B -q
NPM := cd frontend && npm

.PHONY: help run admin test test-backend test-frontend test-e2e lint-api openapi api-types clients bench build clean db-check frontend-deps format

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: ## Build and start the API and the SPA on the embedded database with demo data; prints the URL
	@DB=$(DB) scripts/run.sh

admin: ## Create the first ADMIN on an empty database (USERNAME=admin; password from ADMIN_PASSWORD, else generated)
	@DB=$(DB) scripts/admin.sh

test: db-check lint-api test-backend test-frontend test-e2e ## Every test: contract lint, backend (against MySQL), frontend, browser
	@echo "make test: all suites passed"

db-check:
	@scripts/db-dialect.sh > /dev/null

test-backend: ## Backend tests against the MySQL-compatible server at DB_HOST:DB_PORT (wipes DB_NAME), then package
	@export DB_DIALECT="$${DB_DIALECT:-$$(scripts/db-dialect.sh)}" && $(MVN) verify

frontend-deps:
	@if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then \
		$(NPM) ci --no-audit --no-fund; fi

test-frontend: frontend-deps ## Frontend: contract types up to date, typecheck, lint, unit tests, build, size budget
	@$(NPM) run check:api
	@$(NPM) run typecheck
	@$(NPM) run lint
	@$(NPM) run format:check
	@$(NPM) run test
	@$(NPM) run build
	@$(NPM) run budget

lint-api: frontend-deps ## Lint the contract: Redocly (recommended, strict) and Spectral (oas), no errors and no warnings
	@$(NPM) run --silent lint:api

test-e2e: frontend-deps ## Browser tests: the packaged API on a fresh embedded database, the built SPA, Chromium at phone size; the client examples
	@scripts/e2e.sh

openapi: ## Refresh openapi.yaml from the API and the SPA's generated client types
	@export DB_DIALECT="$${DB_DIALECT:-$$(scripts/db-dialect.sh)}" && cd backend && OPENAPI_WRITE=true ./mvnw -B -q test -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false
	@$(MAKE) --no-print-directory api-types

api-types: frontend-deps ## Regenerate the SPA's client types from openapi.yaml
	@$(NPM) run gen:api

clients: ## Generate the Java and TypeScript clients from openapi.yaml into examples/ (openapi-generator, unchanged)
	@cd examples && ../backend/mvnw -B -q generate-sources

bench: ## Benchmarks (wipes DB_NAME): every API endpoint at 1,000 and 10,000 branches beside a baseline app, SPA bundles, phone homes
	@scripts/bench.sh

format: frontend-deps ## Format the code: Palantir Java Format (Spotless) for the API, Prettier for the SPA
	@$(MVN) spotless:apply
	@$(NPM) run format

build: frontend-deps ## Build the API jar and the SPA without testing
	@$(MVN) package -DskipTests
	@$(NPM) run build

clean: ## Remove build output (keeps the embedded database in data/)
	@rm -rf backend/target frontend/dist examples/target examples/typescript/generated
