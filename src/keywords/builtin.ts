/**
 * The bundled keyword data. Every JSON file is imported explicitly so the
 * bundler inlines it: nothing reads the filesystem at run time.
 * Add a new skill or role file here (and the check script picks it up).
 */
import type { AvoidFile, CatalogManifest, Role, SkillFile } from "./schema.js";
import manifest from "../../keywords/catalog.json" with { type: "json" };
import avoid from "../../keywords/avoid.json" with { type: "json" };
import skillsLanguages from "../../keywords/skills/languages.json" with { type: "json" };
import skillsFrameworks from "../../keywords/skills/frameworks.json" with { type: "json" };
import skillsDatabases from "../../keywords/skills/databases.json" with { type: "json" };
import skillsMessaging from "../../keywords/skills/messaging.json" with { type: "json" };
import skillsApi from "../../keywords/skills/api.json" with { type: "json" };
import skillsCloud from "../../keywords/skills/cloud.json" with { type: "json" };
import skillsDevops from "../../keywords/skills/devops.json" with { type: "json" };
import skillsObservability from "../../keywords/skills/observability.json" with { type: "json" };
import skillsSecurity from "../../keywords/skills/security.json" with { type: "json" };
import skillsTesting from "../../keywords/skills/testing.json" with { type: "json" };
import skillsArchitecture from "../../keywords/skills/architecture.json" with { type: "json" };
import skillsPractices from "../../keywords/skills/practices.json" with { type: "json" };
import skillsFrontend from "../../keywords/skills/frontend.json" with { type: "json" };
import skillsData from "../../keywords/skills/data.json" with { type: "json" };
import skillsWorkplaceTools from "../../keywords/skills/workplace-tools.json" with { type: "json" };
import skillsMlAi from "../../keywords/skills/ml-ai.json" with { type: "json" };
import skillsDataScience from "../../keywords/skills/data-science.json" with { type: "json" };
import skillsDataEngineering from "../../keywords/skills/data-engineering.json" with { type: "json" };
import skillsEmbeddedHardware from "../../keywords/skills/embedded-hardware.json" with { type: "json" };
import skillsSystemsProgramming from "../../keywords/skills/systems-programming.json" with { type: "json" };
import skillsSystemsNetworking from "../../keywords/skills/systems-networking.json" with { type: "json" };
import skillsSecurityTools from "../../keywords/skills/security-tools.json" with { type: "json" };
import skillsWeb3 from "../../keywords/skills/web3.json" with { type: "json" };
import skillsScientificComputing from "../../keywords/skills/scientific-computing.json" with { type: "json" };
import skillsFrontendLibraries from "../../keywords/skills/frontend-libraries.json" with { type: "json" };
import skillsBuildTools from "../../keywords/skills/build-tools.json" with { type: "json" };
import skillsQaTools from "../../keywords/skills/qa-tools.json" with { type: "json" };
import skillsMobile from "../../keywords/skills/mobile.json" with { type: "json" };
import skillsDevTools from "../../keywords/skills/dev-tools.json" with { type: "json" };
import skillsDesignTools from "../../keywords/skills/design-tools.json" with { type: "json" };
import skillsCmsEcommerce from "../../keywords/skills/cms-ecommerce.json" with { type: "json" };
import skillsWebEcosystemLibraries from "../../keywords/skills/web-ecosystem-libraries.json" with { type: "json" };
import skillsSoftwareConcepts from "../../keywords/skills/software-concepts.json" with { type: "json" };
import skillsAwsServices from "../../keywords/skills/aws-services.json" with { type: "json" };
import skillsAzureServices from "../../keywords/skills/azure-services.json" with { type: "json" };
import skillsGcpServices from "../../keywords/skills/gcp-services.json" with { type: "json" };
import skillsOtherClouds from "../../keywords/skills/other-clouds.json" with { type: "json" };
import skillsDevopsTools from "../../keywords/skills/devops-tools.json" with { type: "json" };
import skillsObservabilityTools from "../../keywords/skills/observability-tools.json" with { type: "json" };
import skillsDatabasesExtra from "../../keywords/skills/databases-extra.json" with { type: "json" };
import skillsMessagingStreaming from "../../keywords/skills/messaging-streaming.json" with { type: "json" };
import skillsApiProtocols from "../../keywords/skills/api-protocols.json" with { type: "json" };
import skillsBackendRuntimesServers from "../../keywords/skills/backend-runtimes-servers.json" with { type: "json" };
import skillsSalesforceEnterprise from "../../keywords/skills/salesforce-enterprise.json" with { type: "json" };
import skillsApplePlatforms from "../../keywords/skills/apple-platforms.json" with { type: "json" };
import skillsPaymentsFintech from "../../keywords/skills/payments-fintech.json" with { type: "json" };
import skillsMainframe from "../../keywords/skills/mainframe.json" with { type: "json" };
import roleApiDeveloper from "../../keywords/roles/api-developer.json" with { type: "json" };
import roleBackendDeveloper from "../../keywords/roles/backend-developer.json" with { type: "json" };
import roleCloudEngineer from "../../keywords/roles/cloud-engineer.json" with { type: "json" };
import roleDatabaseAdministrator from "../../keywords/roles/database-administrator.json" with { type: "json" };
import roleDevopsEngineer from "../../keywords/roles/devops-engineer.json" with { type: "json" };
import roleDotnetDeveloper from "../../keywords/roles/dotnet-developer.json" with { type: "json" };
import roleFullStackDeveloper from "../../keywords/roles/full-stack-developer.json" with { type: "json" };
import roleGoDeveloper from "../../keywords/roles/go-developer.json" with { type: "json" };
import roleJavaDeveloper from "../../keywords/roles/java-developer.json" with { type: "json" };
import roleNodejsDeveloper from "../../keywords/roles/nodejs-developer.json" with { type: "json" };
import rolePhpDeveloper from "../../keywords/roles/php-developer.json" with { type: "json" };
import rolePythonBackendDeveloper from "../../keywords/roles/python-backend-developer.json" with { type: "json" };
import roleRubyOnRailsDeveloper from "../../keywords/roles/ruby-on-rails-developer.json" with { type: "json" };
import roleSoftwareArchitect from "../../keywords/roles/software-architect.json" with { type: "json" };

/** A bundled file: its path relative to `keywords/` and its parsed content. */
export interface BundledFile<T> {
  /** Path relative to the `keywords/` folder, e.g. `skills/languages.json`. */
  file: string;
  data: T;
}

/** Every bundled keyword file, unvalidated (the tests validate them with zod). */
export interface BuiltinFiles {
  manifest: BundledFile<CatalogManifest>;
  avoid: BundledFile<AvoidFile>;
  skills: Array<BundledFile<SkillFile>>;
  roles: Array<BundledFile<Role>>;
}

/** The bundled keyword files (JSON inlined at build time). */
export const builtinFiles: BuiltinFiles = {
  manifest: { file: "catalog.json", data: manifest as unknown as CatalogManifest },
  avoid: { file: "avoid.json", data: avoid as unknown as AvoidFile },
  skills: [
    { file: "skills/languages.json", data: skillsLanguages as unknown as SkillFile },
    { file: "skills/frameworks.json", data: skillsFrameworks as unknown as SkillFile },
    { file: "skills/databases.json", data: skillsDatabases as unknown as SkillFile },
    { file: "skills/messaging.json", data: skillsMessaging as unknown as SkillFile },
    { file: "skills/api.json", data: skillsApi as unknown as SkillFile },
    { file: "skills/cloud.json", data: skillsCloud as unknown as SkillFile },
    { file: "skills/devops.json", data: skillsDevops as unknown as SkillFile },
    { file: "skills/observability.json", data: skillsObservability as unknown as SkillFile },
    { file: "skills/security.json", data: skillsSecurity as unknown as SkillFile },
    { file: "skills/testing.json", data: skillsTesting as unknown as SkillFile },
    { file: "skills/architecture.json", data: skillsArchitecture as unknown as SkillFile },
    { file: "skills/practices.json", data: skillsPractices as unknown as SkillFile },
    { file: "skills/frontend.json", data: skillsFrontend as unknown as SkillFile },
    { file: "skills/data.json", data: skillsData as unknown as SkillFile },
    { file: "skills/workplace-tools.json", data: skillsWorkplaceTools as unknown as SkillFile },
    { file: "skills/ml-ai.json", data: skillsMlAi as unknown as SkillFile },
    { file: "skills/data-science.json", data: skillsDataScience as unknown as SkillFile },
    { file: "skills/data-engineering.json", data: skillsDataEngineering as unknown as SkillFile },
    { file: "skills/embedded-hardware.json", data: skillsEmbeddedHardware as unknown as SkillFile },
    { file: "skills/systems-programming.json", data: skillsSystemsProgramming as unknown as SkillFile },
    { file: "skills/systems-networking.json", data: skillsSystemsNetworking as unknown as SkillFile },
    { file: "skills/security-tools.json", data: skillsSecurityTools as unknown as SkillFile },
    { file: "skills/web3.json", data: skillsWeb3 as unknown as SkillFile },
    { file: "skills/scientific-computing.json", data: skillsScientificComputing as unknown as SkillFile },
    { file: "skills/frontend-libraries.json", data: skillsFrontendLibraries as unknown as SkillFile },
    { file: "skills/build-tools.json", data: skillsBuildTools as unknown as SkillFile },
    { file: "skills/qa-tools.json", data: skillsQaTools as unknown as SkillFile },
    { file: "skills/mobile.json", data: skillsMobile as unknown as SkillFile },
    { file: "skills/dev-tools.json", data: skillsDevTools as unknown as SkillFile },
    { file: "skills/design-tools.json", data: skillsDesignTools as unknown as SkillFile },
    { file: "skills/cms-ecommerce.json", data: skillsCmsEcommerce as unknown as SkillFile },
    { file: "skills/web-ecosystem-libraries.json", data: skillsWebEcosystemLibraries as unknown as SkillFile },
    { file: "skills/software-concepts.json", data: skillsSoftwareConcepts as unknown as SkillFile },
    { file: "skills/aws-services.json", data: skillsAwsServices as unknown as SkillFile },
    { file: "skills/azure-services.json", data: skillsAzureServices as unknown as SkillFile },
    { file: "skills/gcp-services.json", data: skillsGcpServices as unknown as SkillFile },
    { file: "skills/other-clouds.json", data: skillsOtherClouds as unknown as SkillFile },
    { file: "skills/devops-tools.json", data: skillsDevopsTools as unknown as SkillFile },
    { file: "skills/observability-tools.json", data: skillsObservabilityTools as unknown as SkillFile },
    { file: "skills/databases-extra.json", data: skillsDatabasesExtra as unknown as SkillFile },
    { file: "skills/messaging-streaming.json", data: skillsMessagingStreaming as unknown as SkillFile },
    { file: "skills/api-protocols.json", data: skillsApiProtocols as unknown as SkillFile },
    { file: "skills/backend-runtimes-servers.json", data: skillsBackendRuntimesServers as unknown as SkillFile },
    { file: "skills/salesforce-enterprise.json", data: skillsSalesforceEnterprise as unknown as SkillFile },
    { file: "skills/apple-platforms.json", data: skillsApplePlatforms as unknown as SkillFile },
    { file: "skills/payments-fintech.json", data: skillsPaymentsFintech as unknown as SkillFile },
    { file: "skills/mainframe.json", data: skillsMainframe as unknown as SkillFile },
  ],
  roles: [
    { file: "roles/api-developer.json", data: roleApiDeveloper as unknown as Role },
    { file: "roles/backend-developer.json", data: roleBackendDeveloper as unknown as Role },
    { file: "roles/cloud-engineer.json", data: roleCloudEngineer as unknown as Role },
    { file: "roles/database-administrator.json", data: roleDatabaseAdministrator as unknown as Role },
    { file: "roles/devops-engineer.json", data: roleDevopsEngineer as unknown as Role },
    { file: "roles/dotnet-developer.json", data: roleDotnetDeveloper as unknown as Role },
    { file: "roles/full-stack-developer.json", data: roleFullStackDeveloper as unknown as Role },
    { file: "roles/go-developer.json", data: roleGoDeveloper as unknown as Role },
    { file: "roles/java-developer.json", data: roleJavaDeveloper as unknown as Role },
    { file: "roles/nodejs-developer.json", data: roleNodejsDeveloper as unknown as Role },
    { file: "roles/php-developer.json", data: rolePhpDeveloper as unknown as Role },
    { file: "roles/python-backend-developer.json", data: rolePythonBackendDeveloper as unknown as Role },
    { file: "roles/ruby-on-rails-developer.json", data: roleRubyOnRailsDeveloper as unknown as Role },
    { file: "roles/software-architect.json", data: roleSoftwareArchitect as unknown as Role },
  ],
};
