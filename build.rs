//! Rebuild when lessons or locales change: they are built into the binary
//! (`include_dir!`), and cargo does not otherwise know to look at them.
fn main() {
    println!("cargo:rerun-if-changed=lessons");
    println!("cargo:rerun-if-changed=locales");
}
