"""The Prometheus configuration and the Grafana dashboard load and use metrics that exist."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from udemy_clone.core import metrics
from udemy_clone.stats import business_metrics

ROOT = Path(__file__).resolve().parents[3]
PROMQL_FUNCTIONS = {
    "sum",
    "rate",
    "increase",
    "histogram_quantile",
    "by",
    "le",
    "clamp_min",
    "vector",
    "or",
    "avg",
    "max",
    "min",
    "count",
    "irate",
}


def _exported_names() -> set[str]:
    names: set[str] = set(business_metrics.SERIES)  # read from the database at scrape time
    for family in metrics.registry.collect():
        names.add(family.name)
        names.update(sample.name for sample in family.samples)
        if family.type == "counter":
            names.add(family.name + "_total")
        if family.type == "histogram":
            names.update(family.name + s for s in ("_bucket", "_count", "_sum"))
    return names


def test_prometheus_scrapes_the_app():
    config = yaml.safe_load((ROOT / "deploy/prometheus.yml").read_text())
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    assert jobs["learnly"]["metrics_path"] == "/metrics"
    # every replica, not one of them: the replicas are found by the service name
    [discovery] = jobs["learnly"]["dns_sd_configs"]
    assert discovery["names"] == ["app"] and discovery["port"] == 3000


def test_grafana_dashboard_queries_existing_metrics():
    dashboard = json.loads((ROOT / "deploy/grafana/dashboards/learnly.json").read_text())
    exported = _exported_names()
    used: set[str] = set()
    for panel in dashboard["panels"]:
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            expr = re.sub(
                r"\{[^}]*\}|\"[^\"]*\"|\[[^\]]*\]|\b(?:by|without)\s*\([^)]*\)|\b\d[\d.e-]*",
                "",
                target["expr"],
            )
            used.update(
                word
                for word in re.findall(r"[a-z_][a-z0-9_]*", expr)
                if word not in PROMQL_FUNCTIONS and not word.isdigit()
            )
    missing = used - exported
    assert not missing, f"the dashboard queries metrics nobody exports: {missing}"
    assert {"http_requests_total", "jobs_total", "queue_depth", "transcode_seconds_bucket"} <= used


def test_grafana_provisioning_points_at_the_dashboards():
    provisioning = ROOT / "deploy/grafana/provisioning"
    datasource = yaml.safe_load((provisioning / "datasources/prometheus.yml").read_text())
    assert datasource["datasources"][0]["url"] == "http://prometheus:9090"
    dashboards = yaml.safe_load((provisioning / "dashboards/learnly.yml").read_text())
    assert dashboards["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="docker-compose not installed")
def test_compose_file_with_prometheus_and_grafana_is_valid():
    result = subprocess.run(
        ["docker-compose", "-f", str(ROOT / "docker-compose.yml"), "config", "--services"],
        capture_output=True,
        text=True,
        env={"SECRET_KEY": "x", "PATH": "/usr/bin:/bin"},
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert {"prometheus", "grafana", "app"} <= set(result.stdout.split())
