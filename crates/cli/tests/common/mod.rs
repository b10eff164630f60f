//! What the binary's tests share: running a subcommand, and serving on a free port until the
//! test ends.

use std::path::Path;
use std::process::Command;

/// Runs a subcommand against `database_url` and waits for it.
// Each test file compiles this module on its own; not every one runs a subcommand.
#[allow(dead_code)]
pub fn microcontracts(args: &[&str], database_url: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_microcontracts"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Stops the served binary however the test ends.
pub struct Served(pub std::process::Child);

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Waits up to ten seconds for the service at `base` to answer `/healthz`.
pub async fn wait_until_up(client: &reqwest::Client, base: &str) {
    for _ in 0..100 {
        if client.get(format!("{base}/healthz")).send().await.is_ok() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the service did not start at {base}");
}

// Not every test file serves (see `microcontracts` above).
#[allow(dead_code)]
/// Runs `subcommand` (`serve`, or `demo` to load the demo first) on `database_url` in a
/// process of its own, on a free port, with its mail and secrets key in `dir` and `env`
/// added. Returns the process and its address; it may still be starting.
pub fn start(subcommand: &str, database_url: &str, dir: &Path, env: &[(&str, &str)]) -> (Served, String) {
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let served = Served(
        Command::new(env!("CARGO_BIN_EXE_microcontracts"))
            .arg(subcommand)
            .env("DATABASE_URL", database_url)
            .env("BIND", format!("127.0.0.1:{port}"))
            .env("BASE_URL", &base)
            .env("MAIL_FOLDER", dir.join("mail"))
            .env("SECRETS_KEY_FILE", dir.join("secrets.key"))
            .env("RUST_LOG", "warn")
            .envs(env.iter().copied())
            .spawn()
            .expect("the binary runs"),
    );
    (served, base)
}
