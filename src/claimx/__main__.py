from claimx.cli import app

app(prog_name="claimx")
