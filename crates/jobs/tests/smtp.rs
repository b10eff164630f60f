//! The SMTP transport against a minimal SMTP server on loopback: a message is delivered
//! with its headers and body, and a server that is down gives an error (so the outbox
//! keeps the message for a retry).

use jobs::{MailTransport, OutgoingEmail, SmtpTransport};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// Accepts one SMTP session and returns everything sent after DATA.
async fn one_smtp_session(listener: TcpListener) -> String {
    let (socket, _) = listener.accept().await.unwrap();
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read).lines();
    write.write_all(b"220 test ESMTP\r\n").await.unwrap();
    let mut data = String::new();
    let mut in_data = false;
    while let Some(line) = lines.next_line().await.unwrap() {
        if in_data {
            if line == "." {
                in_data = false;
                write.write_all(b"250 queued\r\n").await.unwrap();
            } else {
                data.push_str(&line);
                data.push('\n');
            }
            continue;
        }
        let verb = line.split_whitespace().next().unwrap_or("").to_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" | "HELO" => b"250 test\r\n",
            "DATA" => {
                in_data = true;
                b"354 go ahead\r\n"
            }
            "QUIT" => {
                write.write_all(b"221 bye\r\n").await.unwrap();
                break;
            }
            _ => b"250 ok\r\n",
        };
        write.write_all(reply).await.unwrap();
    }
    data
}

fn email() -> OutgoingEmail {
    OutgoingEmail {
        id: 1,
        recipient: "jo@leeds.gov.uk".into(),
        subject: "Confirm your email address".into(),
        body_text: "Open this link: http://127.0.0.1:8080/verify/abc".into(),
        unsubscribe_url: Some("http://127.0.0.1:8080/email/unsubscribe/def".into()),
    }
}

#[tokio::test]
async fn delivers_through_an_smtp_server() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = tokio::spawn(one_smtp_session(listener));
    let transport = SmtpTransport::from_url(
        &format!("smtp://127.0.0.1:{port}"),
        "Microcontracts <no-reply@microcontracts.test>".parse().unwrap(),
    )
    .unwrap();
    transport.send(&email()).await.unwrap();
    drop(transport);
    let data = tokio::time::timeout(std::time::Duration::from_secs(10), server)
        .await
        .unwrap()
        .unwrap();
    assert!(data.contains("To: jo@leeds.gov.uk"), "{data}");
    assert!(data.contains("Subject: Confirm your email address"), "{data}");
    assert!(data.contains("http://127.0.0.1:8080/verify/abc"), "{data}");
    // One-click unsubscribe as RFC 8058 asks: the address, and the POST that does it.
    assert!(
        data.contains("List-Unsubscribe: <http://127.0.0.1:8080/email/unsubscribe/def>"),
        "{data}"
    );
    assert!(
        data.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "{data}"
    );
}

#[tokio::test]
async fn a_server_that_is_down_is_an_error() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let transport = SmtpTransport::from_url(&format!("smtp://127.0.0.1:{port}"), "a@b.test".parse().unwrap()).unwrap();
    assert!(transport.send(&email()).await.is_err());
}
