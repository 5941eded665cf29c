// CLI entry: filled in by the CLI issue.
process.stdout.write("resume-ats\n");
