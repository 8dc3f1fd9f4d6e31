//! Cargo build script. The shipped content/ and locales/ are embedded in
//! the binary by include_dir, which cannot tell Cargo to watch them, so
//! this script does: editing a .ftl or .toml file rebuilds careguide.

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=locales");
}
