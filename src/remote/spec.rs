//! A remote's resolved configuration: its URL parsed into a [`Location`], its options from
//! `[remote.NAME]` (project config, overridden by `.mlo/config.local.toml`), and the
//! credentials handed over by `Settings` (provider environment variables, local config).
//! `Debug` never shows a credential.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use object_store::ObjectStore;

use super::RemoteError;
use crate::repo::Settings;
use crate::repo::config::valid_name_segment;

/// Where a remote lives.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Location {
    /// A local (or mounted network) directory.
    Dir {
        /// Absolute path.
        path: PathBuf,
    },
    /// S3 or an S3-compatible server.
    S3 {
        /// Bucket.
        bucket: String,
        /// Key prefix (may be empty).
        prefix: String,
    },
    /// Google Cloud Storage.
    Gcs {
        /// Bucket.
        bucket: String,
        /// Key prefix.
        prefix: String,
    },
    /// Azure Blob Storage.
    Azure {
        /// Container.
        container: String,
        /// Key prefix.
        prefix: String,
    },
}

impl Location {
    /// Parse a remote URL; relative directory paths are taken from `root`.
    pub fn parse(url: &str, root: &Path) -> Result<Location, RemoteError> {
        let bad = |reason: &str| RemoteError::BadUrl {
            url: url.to_string(),
            reason: reason.to_string(),
        };
        if url.is_empty() {
            return Err(bad("it is empty"));
        }
        let bucket_and_prefix = |rest: &str| -> Result<(String, String), RemoteError> {
            let rest = rest.trim_end_matches('/');
            let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
            if bucket.is_empty() {
                return Err(bad("it names no bucket or container"));
            }
            if prefix
                .split('/')
                .any(|s| s.is_empty() || s == "." || s == "..")
                && !prefix.is_empty()
            {
                return Err(bad("its prefix has an empty, `.` or `..` segment"));
            }
            Ok((bucket.to_string(), prefix.to_string()))
        };
        if let Some(rest) = url.strip_prefix("s3://") {
            let (bucket, prefix) = bucket_and_prefix(rest)?;
            return Ok(Location::S3 { bucket, prefix });
        }
        if let Some(rest) = url.strip_prefix("gs://") {
            let (bucket, prefix) = bucket_and_prefix(rest)?;
            return Ok(Location::Gcs { bucket, prefix });
        }
        if let Some(rest) = url
            .strip_prefix("az://")
            .or_else(|| url.strip_prefix("azure://"))
        {
            let (container, prefix) = bucket_and_prefix(rest)?;
            return Ok(Location::Azure { container, prefix });
        }
        let path = if let Some(rest) = url.strip_prefix("file://") {
            if !rest.starts_with('/') {
                return Err(bad(
                    "a `file://` URL needs an absolute path (`file:///path`)",
                ));
            }
            PathBuf::from(rest)
        } else if url.contains("://") {
            return Err(bad("unsupported scheme"));
        } else {
            let p = PathBuf::from(url);
            if p.is_absolute() { p } else { root.join(p) }
        };
        Ok(Location::Dir { path })
    }

    /// A stable identity for the location (the key of its knowledge in `remotes.url`).
    pub fn identity(&self, endpoint: Option<&str>) -> String {
        match self {
            Location::Dir { path } => {
                let canon = path.canonicalize().unwrap_or_else(|_| path.clone());
                format!("file://{}", canon.display())
            }
            Location::S3 { bucket, prefix } => match endpoint {
                Some(e) => format!("s3://{bucket}/{prefix}@{}", e.trim_end_matches('/')),
                None => format!("s3://{bucket}/{prefix}"),
            },
            Location::Gcs { bucket, prefix } => format!("gs://{bucket}/{prefix}"),
            Location::Azure { container, prefix } => format!("az://{container}/{prefix}"),
        }
    }
}

/// Default number of requests in flight.
pub const DEFAULT_JOBS: usize = 32;

/// One remote, resolved.
#[derive(Clone, serde::Serialize)]
pub struct RemoteSpec {
    /// Its name in `[remote.NAME]`.
    pub name: String,
    /// The URL as configured.
    pub url: String,
    /// The parsed location.
    pub location: Location,
    /// S3-compatible endpoint.
    pub endpoint: Option<String>,
    /// S3 region.
    pub region: Option<String>,
    /// Path-style S3 requests.
    pub path_style: bool,
    /// Plain HTTP allowed.
    pub allow_http: bool,
    /// Azure account.
    pub account: Option<String>,
    /// Requests in flight.
    pub jobs: usize,
    /// Retries per request.
    pub retries: usize,
    /// Connect timeout and retry budget.
    pub timeout: Duration,
    /// Whether this is the default remote.
    pub default: bool,
    /// How push packs small objects (`pack_threshold_kib`, `pack_size_mib`).
    #[serde(skip)]
    pub packing: super::pack::Packing,
    #[serde(skip)]
    credentials: BTreeMap<String, String>,
    #[serde(skip)]
    provider_env: Vec<(String, String)>,
}

impl std::fmt::Debug for RemoteSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoteSpec")
            .field("name", &self.name)
            .field("url", &self.url)
            .field("endpoint", &self.endpoint)
            .field("credentials", &"[REDACTED]")
            .finish()
    }
}

/// The names of the configured remotes, sorted.
pub fn names(settings: &Settings) -> Vec<String> {
    let mut out: Vec<String> = settings
        .entries
        .iter()
        .filter_map(|(e, _)| {
            let rest = e.key.strip_prefix("remote.")?;
            let (name, leaf) = rest.split_once('.')?;
            (leaf == "url").then(|| name.to_string())
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The default remote's name (`core.remote`), if set.
pub fn default_name(settings: &Settings) -> Option<String> {
    settings
        .value("core.remote")
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

/// Resolve the remote `name`, or the default (`core.remote`, else the only remote).
pub fn resolve(
    settings: &Settings,
    root: &Path,
    name: Option<&str>,
) -> Result<RemoteSpec, RemoteError> {
    let known = names(settings);
    let default = default_name(settings);
    let name = match name {
        Some(n) => n.to_string(),
        None => match (&default, known.len()) {
            (Some(d), _) => d.clone(),
            (None, 1) => known[0].clone(),
            _ => return Err(RemoteError::NoDefault { known }),
        },
    };
    if !known.contains(&name) {
        return Err(RemoteError::Unknown { name, known });
    }
    let get = |leaf: &str| settings.value(&format!("remote.{name}.{leaf}"));
    let string = |leaf: &str| get(leaf).and_then(|v| v.as_str()).map(str::to_string);
    let int = |leaf: &str| get(leaf).and_then(|v| v.as_u64());
    let url = string("url").unwrap_or_default();
    let location = Location::parse(&url, root)?;
    let jobs = settings
        .mlo_env("MLO_REMOTE_JOBS")
        .and_then(|v| v.parse::<usize>().ok())
        .or(int("jobs").map(|j| j as usize))
        .unwrap_or(DEFAULT_JOBS)
        .clamp(1, 512);
    let mut credentials = BTreeMap::new();
    for leaf in [
        "access_key_id",
        "secret_access_key",
        "session_token",
        "access_key",
        "service_account_path",
    ] {
        if let Some(v) = string(leaf) {
            credentials.insert(leaf.to_string(), v);
        }
    }
    Ok(RemoteSpec {
        default: default.as_deref() == Some(name.as_str()),
        url,
        location,
        endpoint: string("endpoint"),
        region: string("region"),
        path_style: get("path_style").and_then(|v| v.as_bool()).unwrap_or(true),
        allow_http: get("allow_http").and_then(|v| v.as_bool()).unwrap_or(false),
        account: string("account"),
        jobs,
        retries: int("retries").unwrap_or(4) as usize,
        timeout: Duration::from_secs(int("timeout_s").unwrap_or(30)),
        packing: super::pack::Packing {
            threshold: int("pack_threshold_kib").unwrap_or(super::pack::DEFAULT_THRESHOLD_KIB)
                << 10,
            size: int("pack_size_mib").unwrap_or(super::pack::DEFAULT_SIZE_MIB) << 20,
        },
        credentials,
        provider_env: settings.provider_env(),
        name,
    })
}

/// Check a remote name.
pub fn check_name(name: &str) -> Result<(), RemoteError> {
    if valid_name_segment(name) {
        Ok(())
    } else {
        Err(RemoteError::BadName { name: name.into() })
    }
}

impl RemoteSpec {
    /// The identity under which this clone remembers what the remote holds.
    pub fn identity(&self) -> String {
        self.location.identity(self.endpoint.as_deref())
    }

    /// Build the object store client. `create` makes a missing directory remote (push);
    /// otherwise a missing directory is an error (fetch from a remote that was never pushed).
    pub fn build(&self, create: bool) -> Result<Arc<dyn ObjectStore>, RemoteError> {
        use object_store::prefix::PrefixStore;
        use object_store::{BackoffConfig, ClientOptions, RetryConfig};
        let retry = RetryConfig {
            backoff: BackoffConfig {
                init_backoff: Duration::from_millis(100),
                max_backoff: Duration::from_secs(5),
                base: 2.0,
            },
            max_retries: self.retries,
            retry_timeout: self.timeout,
        };
        let client = ClientOptions::new()
            .with_connect_timeout(self.timeout.min(Duration::from_secs(10)))
            .with_timeout(Duration::from_secs(300))
            .with_allow_http(self.allow_http);
        let build_err = |source: object_store::Error| RemoteError::BadUrl {
            url: self.url.clone(),
            reason: source.to_string(),
        };
        let cred = |k: &str| self.credentials.get(k).cloned();
        let with_prefix = |store: Arc<dyn ObjectStore>, prefix: &str| -> Arc<dyn ObjectStore> {
            if prefix.is_empty() {
                store
            } else {
                Arc::new(PrefixStore::new(store, prefix))
            }
        };
        match &self.location {
            Location::Dir { path } => {
                if create {
                    std::fs::create_dir_all(path).map_err(|source| RemoteError::Io {
                        action: "create the remote directory",
                        path: path.clone(),
                        source,
                    })?;
                } else if !path.is_dir() {
                    return Err(RemoteError::BadUrl {
                        url: self.url.clone(),
                        reason: format!("directory `{}` does not exist", path.display()),
                    });
                }
                let fs = object_store::local::LocalFileSystem::new_with_prefix(path)
                    .map_err(build_err)?;
                Ok(Arc::new(fs))
            }
            Location::S3 { bucket, prefix } => {
                use object_store::aws::{AmazonS3Builder, AmazonS3ConfigKey};
                let mut b = AmazonS3Builder::new();
                for (k, v) in &self.provider_env {
                    if let Ok(key) = k.to_ascii_lowercase().parse::<AmazonS3ConfigKey>() {
                        b = b.with_config(key, v);
                    }
                }
                b = b
                    .with_bucket_name(bucket)
                    .with_virtual_hosted_style_request(!self.path_style)
                    .with_allow_http(self.allow_http)
                    .with_retry(retry)
                    .with_client_options(client);
                let env_region = self
                    .provider_env
                    .iter()
                    .find(|(k, _)| k == "AWS_REGION" || k == "AWS_DEFAULT_REGION")
                    .map(|(_, v)| v.clone());
                b = b.with_region(
                    self.region
                        .clone()
                        .or(env_region)
                        .unwrap_or_else(|| "us-east-1".into()),
                );
                if let Some(e) = &self.endpoint {
                    b = b.with_endpoint(e);
                }
                if let Some(v) = cred("access_key_id") {
                    b = b.with_access_key_id(v);
                }
                if let Some(v) = cred("secret_access_key") {
                    b = b.with_secret_access_key(v);
                }
                if let Some(v) = cred("session_token") {
                    b = b.with_token(v);
                }
                Ok(with_prefix(Arc::new(b.build().map_err(build_err)?), prefix))
            }
            Location::Gcs { bucket, prefix } => {
                use object_store::gcp::{GoogleCloudStorageBuilder, GoogleConfigKey};
                let mut b = GoogleCloudStorageBuilder::new();
                for (k, v) in &self.provider_env {
                    if let Ok(key) = k.to_ascii_lowercase().parse::<GoogleConfigKey>() {
                        b = b.with_config(key, v);
                    }
                }
                b = b
                    .with_bucket_name(bucket)
                    .with_retry(retry)
                    .with_client_options(client);
                if let Some(v) = cred("service_account_path") {
                    b = b.with_service_account_path(v);
                }
                Ok(with_prefix(Arc::new(b.build().map_err(build_err)?), prefix))
            }
            Location::Azure { container, prefix } => {
                use object_store::azure::{AzureConfigKey, MicrosoftAzureBuilder};
                let mut b = MicrosoftAzureBuilder::new();
                for (k, v) in &self.provider_env {
                    if let Ok(key) = k.to_ascii_lowercase().parse::<AzureConfigKey>() {
                        b = b.with_config(key, v);
                    }
                }
                b = b
                    .with_container_name(container)
                    .with_retry(retry)
                    .with_client_options(client);
                if let Some(a) = &self.account {
                    b = b.with_account(a);
                }
                if let Some(e) = &self.endpoint {
                    b = b.with_endpoint(e.clone());
                }
                if let Some(v) = cred("access_key") {
                    b = b.with_access_key(v);
                }
                Ok(with_prefix(Arc::new(b.build().map_err(build_err)?), prefix))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_parse() {
        let root = Path::new("/repo");
        assert_eq!(
            Location::parse("s3://b/p/q/", root).unwrap(),
            Location::S3 {
                bucket: "b".into(),
                prefix: "p/q".into()
            }
        );
        assert_eq!(
            Location::parse("../shared", root).unwrap(),
            Location::Dir {
                path: "/repo/../shared".into()
            }
        );
        assert_eq!(
            Location::parse("file:///x", root).unwrap(),
            Location::Dir { path: "/x".into() }
        );
        assert!(Location::parse("ftp://x", root).is_err());
        assert!(Location::parse("s3://", root).is_err());
        assert!(Location::parse("s3://b/a//c", root).is_err());
        assert!(matches!(
            Location::parse("gs://b", root).unwrap(),
            Location::Gcs { .. }
        ));
        assert!(matches!(
            Location::parse("az://c/p", root).unwrap(),
            Location::Azure { .. }
        ));
    }
}
