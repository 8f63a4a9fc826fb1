// Before the tests: the browser tests drive the system Chromium (never a
// downloaded one). Where it is missing and we are root on Debian, install it;
// anywhere else, stop with one line saying what to install.
import {execFileSync} from "node:child_process";
import {existsSync} from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PACKAGES = ["chromium", "fonts-dejavu-core"];

if (!existsSync(CHROMIUM)) {
  const root = process.getuid?.() === 0;
  const debian = existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
  if (!root || !debian) {
    console.error(`The browser tests need Chromium at ${CHROMIUM}: install it (on Debian or Ubuntu: sudo apt-get install -y ${PACKAGES.join(" ")}), or set CHROMIUM_PATH to a Chromium binary.`);
    process.exit(1);
  }
  console.log(`Chromium is missing: installing Debian's ${PACKAGES.join(" and ")} with apt-get (root on Debian).`);
  const env = {...process.env, DEBIAN_FRONTEND: "noninteractive"};
  execFileSync("apt-get", ["update", "-qq"], {stdio: "inherit", env});
  execFileSync("apt-get", ["install", "-y", "-qq", ...PACKAGES], {stdio: "inherit", env});
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get installed ${PACKAGES.join(" ")} but ${CHROMIUM} is still missing.`);
    process.exit(1);
  }
}
