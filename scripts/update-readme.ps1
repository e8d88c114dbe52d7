#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Rewrites the generated parts of README.md from the files the runs wrote, so its numbers cannot drift.
.DESCRIPTION
    Each generated part sits between <!-- BEGIN name --> and <!-- END name --> markers:
        results      accuracies and configuration of the challenge run      (figs/results.json)
        confusions   the most confused pairs of its test confusion matrix   (figs/results.json)
        experiments  the batch experiments' table                           (figs/experiments/results.md)
        bench        the benchmark table                                    (figs/bench.json)
    A part whose source file does not exist is left as it is. With -Check nothing is written: the script
    fails when README.md differs from what it would write (the test suite runs it that way).
.EXAMPLE
    dotnet pwsh ./scripts/update-readme.ps1
#>
[CmdletBinding()]
param(
    [string] $Root = (Split-Path $PSScriptRoot),
    [switch] $Check
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$readmePath = Join-Path $Root 'README.md'
$figs = Join-Path $Root 'figs'
$classNames = 'T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'

function Percent([double] $x) { '{0:F2} %' -f (100 * $x) }

function Get-ResultsPart($r) {
    $c = $r.configuration
    $last = $r.history[-1]
    @(
        "| set | images | accuracy |"
        "|---|---:|---:|"
        "| train | $($c.split.train) | $(Percent $r.accuracy.train) |"
        "| valid | $($c.split.valid) | $(Percent $r.accuracy.valid) |"
        "| test | $($c.split.test) | **$(Percent $r.accuracy.test)** |"
        ""
        "Network $($c.architecture), $($c.activation), weights N(0,1)·$($c.initScale), biases 0; $($c.optimizer) with learning rate " +
        "$($c.learningRate) ($($c.schedule) schedule), batch $($c.batchSize), $($c.epochs) epochs, seed $($r.seed). " +
        "Final losses: train $('{0:F4}' -f $last.lossTrain), validation $('{0:F4}' -f $last.lossValid). " +
        "Training took $('{0:F1}' -f $r.timingsSeconds.train) s."
    ) -join "`n"
}

function Get-ConfusionsPart($r) {
    $counts = $r.confusionMatrix.counts
    $pairs = foreach ($a in 0..9) {
        $total = ($counts[$a] | Measure-Object -Sum).Sum
        foreach ($p in 0..9) {
            if ($a -ne $p -and $counts[$a][$p] -gt 0) {
                [pscustomobject]@{ Actual = $a; Predicted = $p; Count = $counts[$a][$p]; Share = $counts[$a][$p] / $total; Total = $total }
            }
        }
    }
    $rows = $pairs | Sort-Object -Property @{ e = 'Count'; Descending = $true }, Actual, Predicted | Select-Object -First 5
    $lines = @('| actual | predicted as | images | share of the actual class |', '|---|---|---:|---:|')
    $lines += $rows | ForEach-Object { "| $($classNames[$_.Actual]) | $($classNames[$_.Predicted]) | $($_.Count) | $(Percent $_.Share) |" }
    $recall = 0..9 | ForEach-Object { [pscustomobject]@{ Class = $classNames[$_]; Recall = $counts[$_][$_] / ($counts[$_] | Measure-Object -Sum).Sum } } |
        Sort-Object Recall
    $lines += ''
    $lines += "Lowest recall: $(($recall | Select-Object -First 3 | ForEach-Object { "$($_.Class) $(Percent $_.Recall)" }) -join ', '); " +
        "highest: $(($recall | Select-Object -Last 3 | ForEach-Object { "$($_.Class) $(Percent $_.Recall)" }) -join ', ')."
    $lines -join "`n"
}

function Get-BenchPart($bench) {
    # A training epoch's row also says how many times faster it is than the NumPy peer timed in the same sitting.
    $peer = @{}
    foreach ($m in $bench | Where-Object kind -eq 'peer-train-epoch') { $peer[$m.name -replace '^numpy ', ''] = $m.secondsMedian }
    $lines = @('| measurement | median s | min s | max s | GFLOP/s | GEMM share | NumPy time ÷ this |', '|---|---:|---:|---:|---:|---:|---:|')
    foreach ($m in $bench) {
        $g = if ($m.PSObject.Properties['gflops']) { '{0:F1}' -f $m.gflops } else { '' }
        $s = if ($m.PSObject.Properties['gemmShare']) { '{0:P0}' -f $m.gemmShare } else { '' }
        $key = $m.name -replace ' \(\d+ threads\)$', ''
        $ratio = if ($m.kind -eq 'train-epoch' -and $peer.ContainsKey($key)) { '{0:F1}×' -f ($peer[$key] / $m.secondsMedian) } else { '' }
        # The peer reports only its median.
        $range = if ($m.kind -eq 'peer-train-epoch') { '—', '—' } else { ('{0:F4}' -f $m.secondsMin), ('{0:F4}' -f $m.secondsMax) }
        $lines += "| $($m.name) | $('{0:F4}' -f $m.secondsMedian) | $($range[0]) | $($range[1]) | $g | $s | $ratio |"
    }
    $lines -join "`n"
}

function Set-Part([string] $text, [string] $name, [string] $content) {
    $pattern = "(?s)<!-- BEGIN $name -->.*?<!-- END $name -->"
    if ($text -notmatch $pattern) { throw "README.md has no <!-- BEGIN $name --> ... <!-- END $name --> markers." }
    [regex]::Replace($text, $pattern, { param($m) "<!-- BEGIN $name -->`n$content`n<!-- END $name -->" })
}

$readme = Get-Content -LiteralPath $readmePath -Raw
$updated = $readme
$resultsFile = Join-Path $figs 'results.json'
if (Test-Path -LiteralPath $resultsFile) {
    $results = Get-Content -LiteralPath $resultsFile -Raw | ConvertFrom-Json
    $updated = Set-Part $updated 'results' (Get-ResultsPart $results)
    $updated = Set-Part $updated 'confusions' (Get-ConfusionsPart $results)
}
$experiments = Join-Path $figs 'experiments/results.md'
if (Test-Path -LiteralPath $experiments) {
    $updated = Set-Part $updated 'experiments' (Get-Content -LiteralPath $experiments -Raw).TrimEnd()
}
$benchFile = Join-Path $figs 'bench.json'
if (Test-Path -LiteralPath $benchFile) {
    $updated = Set-Part $updated 'bench' (Get-BenchPart (Get-Content -LiteralPath $benchFile -Raw | ConvertFrom-Json))
}

if ($Check) {
    if ($updated -ne $readme) { throw 'README.md does not match the committed run: run ./scripts/update-readme.ps1 and commit.' }
    Write-Host 'README.md matches figs/.'
    return
}
if ($updated -ne $readme) {
    [IO.File]::WriteAllText($readmePath, $updated)
    Write-Host "Updated the generated parts of $readmePath"
}
